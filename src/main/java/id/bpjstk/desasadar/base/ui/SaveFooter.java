package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A form dialog's footer: Cancel, and Save. Save runs the form's save; what it saved closes the dialog and is handed
 * on. A refusal keeps the dialog open with what was typed: the form's own checks have marked their fields already (the
 * save gives nothing), a rule of the service is told ({@link Refusal}).
 */
public final class SaveFooter {

    private SaveFooter() {
    }

    /** Adds the two buttons to {@code dialog}'s footer and returns Save (for a test's class name). */
    public static <T> Button add(Dialog dialog, Supplier<Optional<T>> save, Consumer<? super T> onSaved) {
        var saveButton = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                save.get().ifPresent(saved -> {
                    dialog.close();
                    onSaved.accept(saved);
                });
            } catch (RuleViolation refused) {
                Refusal.show(refused);
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), saveButton);
        return saveButton;
    }
}
