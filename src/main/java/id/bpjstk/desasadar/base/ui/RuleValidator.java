package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.Serializable;

/**
 * A {@code Binder} validator made of a domain rule's own check (decision 033): the check refuses a value with a
 * {@link RuleViolation}, and the field shows that refusal in the user's language. An import translates the same
 * refusal for its report, so the form and the report give the same text for the same bad value.
 */
public final class RuleValidator<T> implements Validator<T> {

    /** A rule's check of one value: returns when the value passes, throws a {@link RuleViolation} when not. */
    @FunctionalInterface
    public interface Check<T> extends Serializable {
        void check(T value);
    }

    private final Check<? super T> check;

    private RuleValidator(Check<? super T> check) {
        this.check = check;
    }

    public static <T> RuleValidator<T> of(Check<? super T> check) {
        return new RuleValidator<>(check);
    }

    @Override
    public ValidationResult apply(T value, ValueContext context) {
        try {
            check.check(value);
            return ValidationResult.ok();
        } catch (RuleViolation refused) {
            return ValidationResult.error(text(refused));
        }
    }

    /** The refusal in the user's language, translated as the import report translates its reasons. */
    public static String text(RuleViolation refused) {
        return UI.getCurrent().getTranslation(refused.messageKey(), refused.args());
    }
}
