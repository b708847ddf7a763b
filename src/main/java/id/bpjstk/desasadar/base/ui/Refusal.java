package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.bpjstk.desasadar.base.error.RuleViolation;

/** Tells the user, in their language, why a save was refused; what they typed stays in the form. */
public final class Refusal {

    private Refusal() {
    }

    public static void show(RuleViolation refused) {
        Notification.show(UI.getCurrent().getTranslation(refused.messageKey(), refused.args()), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
