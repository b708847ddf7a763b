package id.bpjstk.desasadar.base.security;

import java.util.Optional;
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
}
