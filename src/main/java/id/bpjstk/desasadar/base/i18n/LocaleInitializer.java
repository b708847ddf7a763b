package id.bpjstk.desasadar.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Bahasa Indonesia unless the signed-in user chose English: the browser's language is deliberately
 * not consulted, field officers share devices set to English.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    LocaleInitializer(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(
                currentUser.get()
                        .map(p -> Locale.forLanguageTag(users.preferredLocale(p.id())))
                        .orElse(AppI18nProvider.INDONESIAN)));
    }
}
