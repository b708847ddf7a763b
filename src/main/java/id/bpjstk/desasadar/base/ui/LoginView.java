package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        var product = new Paragraph(getTranslation("app.tagline"));
        product.addClassName("login-tagline");
        add(new H1(getTranslation("app.name")), product, login, new Attribution());
    }

    /**
     * After a failed sign-in the form shows why; a throttled one (too many failures, decision 019) says to wait, in
     * words that fit an unknown name as well as a real account.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var error = event.getLocation().getQueryParameters().getParameters().get("error");
        boolean throttled = error != null && error.contains("throttled");
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        login.setI18n(i18n);
        login.setError(error != null);
    }

    /** The error the form shows (title and message), for tests. */
    String errorShown() {
        return i18n.getErrorMessage().getTitle() + " " + i18n.getErrorMessage().getMessage();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
