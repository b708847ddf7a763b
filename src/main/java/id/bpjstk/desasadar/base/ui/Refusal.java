package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import id.bpjstk.desasadar.base.error.RuleViolation;

/** Tells the user, in their language, why a save was refused; what they typed stays in the form. */
public final class Refusal {

    private Refusal() {
    }

    public static void show(RuleViolation refused) {
        show(RuleValidator.text(refused));
    }

    /**
     * A save stopped by the form's own checks: each field at fault is marked already; the first one's text is also
     * told in a notification, because on a phone the field may be scrolled out of sight.
     */
    public static void show(ValidationException invalid) {
        invalid.getFieldValidationErrors().stream().map(e -> e.getMessage().orElse("")).filter(m -> !m.isEmpty())
                .findFirst()
                .or(() -> invalid.getBeanValidationErrors().stream().map(ValidationResult::getErrorMessage).findFirst())
                .ifPresent(Refusal::show);
    }

    private static void show(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Shows a refusal of the service on the field it is about (a rule that needs the database, checked only on save):
     * the field is marked with the rule's text until its value changes and its binding validates it again. Without a
     * field, or for a refusal of the whole form, a notification.
     */
    public static void showOn(HasValidation field, RuleViolation refused) {
        if (field == null) {
            show(refused);
            return;
        }
        field.setErrorMessage(RuleValidator.text(refused));
        field.setInvalid(true);
    }
}
