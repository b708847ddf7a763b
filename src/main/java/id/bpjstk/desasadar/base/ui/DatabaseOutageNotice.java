package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.bpjstk.desasadar.base.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An action that fails because the database cannot be reached (a restart, a network cut) tells the user so, in their
 * language, and to try again shortly (issue 13, item 13): without it the failure went to Vaadin's default handler,
 * which logs it and shows the user nothing, so the button seemed dead. The page stays as it was, and once the server
 * is back the same action works: the pool replaces its broken connections by itself. Every other failure is handled
 * as before. Failures while opening a page are shown by {@link ServerErrorView}.
 */
@Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

    static final String MESSAGE_KEY = "error.database-unreachable";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** The session's error handler: listeners, and what a page does just before it answers (a grid's fetch). */
    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(DatabaseOutageNotice.class);
        private final DefaultErrorHandler others = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null || !DatabaseOutage.causedBy(event.getThrowable())) {
                others.error(event);
                return;
            }
            // one line, not a stack trace: the cause is the server, and its own log says why
            log.warn("An action failed because the database cannot be reached: {}", DatabaseOutage.describe(event.getThrowable()));
            show(ui);
        }
    }

    static void show(UI ui) {
        Notification notice = new Notification(ui.getTranslation(MESSAGE_KEY), 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.addClassName("database-unreachable");
        notice.open();
    }
}
