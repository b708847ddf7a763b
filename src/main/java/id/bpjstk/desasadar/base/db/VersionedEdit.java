package id.bpjstk.desasadar.base.db;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The one way a form's save of an existing record is written: load it in the caller's scope, check that it still has
 * the version the form was opened with, apply the change, save. Two people editing the same record are told, in
 * their language, that someone changed it meanwhile, by the module's {@code *.error.conflict} key — whether the
 * second save notices it before writing (an older version) or while writing (the optimistic lock of the row):
 *
 * <pre>{@code
 * VersionedEdit.saving("site.error.conflict", () -> tx.executeWithoutResult(status -> {
 *     Site site = VersionedEdit.current(sites.findById(id).filter(inScope), "site.error.not-found",
 *             Site::getVersion, expectedVersion, "site.error.conflict");
 *     change.apply(site);
 *     sites.saveAndFlush(site);
 * }));
 * }</pre>
 */
public final class VersionedEdit {

    private VersionedEdit() {
    }

    /**
     * The record as loaded in the caller's scope, refused with {@code notFoundKey} when absent (or outside the scope)
     * and with {@code conflictKey} when someone saved it since the form read {@code expectedVersion}.
     */
    public static <E> E current(Optional<E> inScope, String notFoundKey, ToLongFunction<E> version, long expectedVersion,
                                String conflictKey) {
        E record = inScope.orElseThrow(() -> new RuleViolation(notFoundKey));
        requireVersion(version.applyAsLong(record), expectedVersion, conflictKey);
        return record;
    }

    /** Refuses with {@code conflictKey} when the stored version is not the one the form was opened with. */
    public static void requireVersion(long storedVersion, long expectedVersion, String conflictKey) {
        if (storedVersion != expectedVersion) {
            throw new RuleViolation(conflictKey);
        }
    }

    /** Runs the write (usually its whole transaction), refusing with {@code conflictKey} when another save won the row. */
    public static <T> T saving(String conflictKey, Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockingFailureException e) {
            throw new RuleViolation(conflictKey);
        }
    }

    /** {@link #saving(String, Supplier)} for a write that returns nothing. */
    public static void savingVoid(String conflictKey, Runnable write) {
        saving(conflictKey, () -> {
            write.run();
            return null;
        });
    }
}
