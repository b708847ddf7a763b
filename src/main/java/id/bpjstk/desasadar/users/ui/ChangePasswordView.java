package id.bpjstk.desasadar.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.bpjstk.desasadar.base.security.PasswordChangeGate;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import jakarta.annotation.security.PermitAll;

/**
 * Where a user signed in with a one-time password must choose their own before anything else (the navigation is
 * hidden: {@link PasswordChangeGate} sends every other route here until then).
 */
@Route(value = PasswordChangeGate.ROUTE, autoLayout = false)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CurrentUser currentUser;

    ChangePasswordView(UserService users, AuthenticationContext authentication, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("change-password-view");
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        var form = new PasswordForm(users, () -> UI.getCurrent().navigate(""));
        form.current.setLabel(getTranslation("account.password.one-time"));
        var logout = new Button(getTranslation("user.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(getTranslation("account.password.required.title")),
                new Paragraph(getTranslation("account.password.required.help")), form, logout);
    }

    /** Without a one-time password to replace, the password is changed on the account page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentUser.get().map(UserPrincipal::mustChangePassword).orElse(false)) {
            event.forwardTo("akun");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.required.title");
    }
}
