package id.bpjstk.desasadar.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.PasswordPolicy;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.Refusal;

/** Current password, new one twice; the rules are the service's, the helper text only tells them. */
class PasswordForm extends VerticalLayout {

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button change = new Button();

    PasswordForm(UserService users, Runnable done) {
        setPadding(false);
        addClassName("password-form");
        current.setLabel(getTranslation("account.password.current"));
        current.addClassName("password-current");
        fresh.setLabel(getTranslation("account.password.new"));
        fresh.setHelperText(getTranslation("account.password.rules", PasswordPolicy.MIN_LENGTH));
        fresh.addClassName("password-new");
        repeated.setLabel(getTranslation("account.password.repeat"));
        repeated.addClassName("password-repeat");
        for (PasswordField f : new PasswordField[] {current, fresh, repeated}) {
            f.setWidth("min(24rem, 100%)");
        }
        change.setText(getTranslation("account.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClassName("password-change");
        change.addClickListener(e -> {
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue(), repeated.getValue());
                current.clear();
                fresh.clear();
                repeated.clear();
                done.run();
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        add(current, fresh, repeated, change);
    }
}
