package id.bpjstk.desasadar.users.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.security.AppUserLanguages;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.MyAccount;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.Fact;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

/** "Akun saya" (issue 12, item 9): who I am, when my account was used, my language and my password. */
@Route("akun")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;

    AccountView(UserService users, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        addClassName("account-view");
        MyAccount me = users.myAccount();
        String never = getTranslation("account.never");
        String scope = me.scopeCodes().stream().map(c -> c.isEmpty() ? getTranslation("user.scope.national") : c)
                .collect(Collectors.joining(", "));
        var facts = new VerticalLayout();
        Fact.add(facts, "user.username", me.username());
        Fact.add(facts, "user.full-name", me.fullName());
        Fact.add(facts, "user.role", getTranslation("role." + me.role().name()));
        Fact.add(facts, "user.scope", scope.isEmpty() ? "–" : scope);
        Fact.add(facts, "account.this-sign-in", Times.format(clock.getZone(), me.lastSignIn(), getLocale(), never));
        Fact.add(facts, "account.previous-sign-in", Times.format(clock.getZone(), me.previousSignIn(), getLocale(), never));
        facts.setPadding(false);
        facts.setSpacing(false);
        facts.addClassName("account-facts");

        var language = new ComboBox<String>(getTranslation("user.language"));
        language.setItems(AppUserLanguages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue(me.locale());
        language.addClassName("account-language");
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                currentUser.get().ifPresent(p -> users.rememberLocale(p.id(), e.getValue()));
                UI ui = UI.getCurrent();
                ui.setLocale(Locale.forLanguageTag(e.getValue()));
                ui.getPage().reload(); // every view reads its texts when built
            }
        });

        var password = new PasswordForm(users, () -> Notification.show(getTranslation("account.password.changed"), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS));
        add(new H2(getTranslation("account.title")), facts, new H3(getTranslation("user.language")), language,
                new H3(getTranslation("account.password.title")), password);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
