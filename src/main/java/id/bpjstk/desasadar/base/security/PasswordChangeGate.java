package id.bpjstk.desasadar.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user signed in with a one-time password sees nothing but the change-password view until they have chosen their
 * own (issue 12, item 7): every navigation elsewhere is forwarded there.
 */
@Component
public class PasswordChangeGate implements VaadinServiceInitListener {

    /** The route of the change-password view (the view lives with the user pages, outside the shared kernel). */
    public static final String ROUTE = "akun/sandi";

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            boolean mustChange = currentUser.get().map(UserPrincipal::mustChangePassword).orElse(false);
            if (mustChange && !enter.getLocation().getPath().equals(ROUTE)) {
                enter.forwardTo(ROUTE); // forward, not reroute: the address bar shows where the user is
            }
        }));
    }
}
