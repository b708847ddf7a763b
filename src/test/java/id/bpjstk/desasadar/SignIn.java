package id.bpjstk.desasadar;

import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a test in as a user with the given role and scope (created on first use). */
public final class SignIn {

    private SignIn() {
    }

    public static UserPrincipal as(UserService users, String username, Role role, String... scope) {
        users.createIfAbsent(username, username, "test-password", role, Set.of(scope));
        UserPrincipal principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        return principal;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
