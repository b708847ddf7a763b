package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;

/**
 * The two ends of a bound form (decision 033). A form's binder checks its fields by the rules only: the components'
 * own checks (required, length, range, bad input) are switched off in the binder, so that a field at fault shows the
 * rule's words, the import report's, rather than the component's empty default message. On save: write what the
 * fields hold, or, when a rule refuses a value, leave each field at fault marked and tell the first one's text
 * ({@link Refusal#show(ValidationException)}).
 */
public final class FormBinding {

    private FormBinding() {
    }

    /** A binder of a record the service takes, bound by component name and written by {@link #record}. */
    public static <T> Binder<T> forRecord(Class<T> recordType) {
        Binder<T> binder = new Binder<>(recordType);
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }

    /** A binder of a form's own mutable holder, bound with getters and setters and written by {@link #write}. */
    public static <T> Binder<T> forBean() {
        Binder<T> binder = new Binder<>();
        binder.setDefaultValidatorsEnabled(false);
        return binder;
    }

    /** The record the fields make (a record-backed binder), or empty when a field is refused. */
    public static <T> Optional<T> record(Binder<T> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            Refusal.show(invalid);
            return Optional.empty();
        }
    }

    /** {@code bean} with the fields written into it, or empty, and {@code bean} untouched, when a field is refused. */
    public static <T> Optional<T> write(Binder<T> binder, T bean) {
        try {
            binder.writeBean(bean);
            return Optional.of(bean);
        } catch (ValidationException invalid) {
            Refusal.show(invalid);
            return Optional.empty();
        }
    }
}
