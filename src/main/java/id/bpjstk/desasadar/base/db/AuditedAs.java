package id.bpjstk.desasadar.base.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose every insert, update and delete goes on the change trail (issue 12 item 10), under the kind
 * {@link #value()} ({@code worker}, {@code site}, …). The audit feature records it; the entity only says what it is.
 * See docs/decisions/018-change-audit.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedAs {

    /** The kind on the trail: short, lower case, stable (it is stored and filtered on). */
    String value();

    /**
     * Properties not worth a row: bookkeeping that changes on its own (a sign-in time). A change of only these is
     * not recorded; the optimistic-lock version never is.
     */
    String[] ignore() default {};

    /** Properties recorded as changed, without their values (password hashes). */
    String[] secret() default {};
}
