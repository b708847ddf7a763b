package id.bpjstk.desasadar.base.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A production start creates no user with a known password. The operator chooses the first
 * administrator's password with {@code ADMIN_PASSWORD}; it is used once, when no user "admin" exists.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_LENGTH = 12;

    private final UserService users;
    private final String password;

    FirstAdministrator(UserService users, @Value("${app.admin-password:}") String password) {
        this.users = users;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (password.isBlank()) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            log.error("ADMIN_PASSWORD is shorter than {} characters: no administrator created", MIN_LENGTH);
            return;
        }
        if (users.createIfAbsent("admin", "Administrator", password, Role.ADMIN, Set.of(AreaScope.NATIONAL))) {
            log.info("Created the first administrator 'admin' from ADMIN_PASSWORD");
        }
    }
}
