package id.bpjstk.desasadar.base.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller, as the services see it: every scoped query starts here. */
@Component
public class CurrentUser {

    public Optional<UserPrincipal> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof UserPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** No caller means no areas: an unauthenticated call sees nothing rather than everything. */
    public AreaScope scope() {
        return get().map(UserPrincipal::scope).orElse(AreaScope.NONE);
    }

    public boolean hasRole(Role role) {
        return get().map(p -> p.role() == role).orElse(false);
    }

    /** Whether the caller changes the field work ({@link Role#editsFieldWork()}). */
    public boolean editsFieldWork() {
        return get().map(p -> p.role().editsFieldWork()).orElse(false);
    }

    /**
     * The caller when they change the field work ({@link Role#editsFieldWork()}); otherwise access is denied with
     * {@code refusal} (for the log: the user sees the access-denied page, not this text).
     */
    public UserPrincipal requireFieldEditor(String refusal) {
        return get().filter(p -> p.role().editsFieldWork()).orElseThrow(() -> new AccessDeniedException(refusal));
    }
}
