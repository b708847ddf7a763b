package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.db.Unrecorded;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One user per role with different scopes, for the demo setup only ({@code app.demo-users=true}, set
 * by the demo profile that {@code ./mvnw} runs). A production start creates no user with a known password.
 */
@Component
@ConditionalOnProperty(name = "app.demo-users", havingValue = "true")
// a production start never makes demo data, whatever the properties say (issue 13)
@Profile("!production")
public class DemoUsers {

    /** The password of every demo user (README). */
    public static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserService users;

    DemoUsers(UserService users) {
        this.users = users;
    }

    /** First of the demo set-ups: the others act as these users. */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(0)
    void create() {
        Unrecorded.run(this::seed); // demo data stays off the change trail (decision 018)
    }

    private void seed() {
        users.createIfAbsent("admin", "Administrator Sistem", PASSWORD, Role.ADMIN, Set.of(AreaScope.NATIONAL));
        users.createIfAbsent("kakanwil.jatim", "Kepala Kanwil Jawa Timur", PASSWORD, Role.REGIONAL_HEAD, Set.of("35"));
        users.createIfAbsent("koordinator.banyuasin", "Koordinator Banyuasin", PASSWORD, Role.COORDINATOR, Set.of("16.07"));
        users.createIfAbsent("pemkot.surabaya", "Mitra Pemkot Surabaya", PASSWORD, Role.PARTNER, Set.of("35.78"));
        log.info("Demo users ready (password '{}'): admin, kakanwil.jatim, koordinator.banyuasin, pemkot.surabaya", PASSWORD);
    }
}
