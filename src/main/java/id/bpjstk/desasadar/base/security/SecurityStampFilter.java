package id.bpjstk.desasadar.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change of a user's role, scope, office, partner or status count from their next request, not their next
 * sign-in (issue 12, item 8; decision 016). Vaadin keeps the signed-in principal in the HTTP session; on every request
 * its security stamp is compared with the user's current one ({@link SecurityStamps}: a primary-key read, cached for a
 * second). When they differ the principal is rebuilt from the database and stored back in the session, so the
 * services of this very request see the new scope; a disabled or deleted user's session is ended instead.
 */
class SecurityStampFilter extends OncePerRequestFilter {

    private final SecurityStamps stamps;
    private final UserService users;
    /**
     * The application's own holder of the signed-in user, the one Spring Security's filters use: Vaadin installs one
     * of its own, and the static {@code SecurityContextHolder} is whichever application started last in this JVM. With
     * the static one, this filter saw nobody signed in as soon as a second application (a second test context) had
     * started, and a disabled user's session went on (the cause of the order-dependent SignInRecordTest).
     */
    private final SecurityContextHolderStrategy holder;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SecurityStampFilter(SecurityStamps stamps, UserService users, SecurityContextHolderStrategy holder) {
        this.stamps = stamps;
        this.users = users;
        this.holder = holder;
        repository.setSecurityContextHolderStrategy(holder);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = holder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserPrincipal principal) {
            OptionalLong current = stamps.current(principal.id());
            if (current.isEmpty() || current.getAsLong() != principal.securityStamp()) {
                Optional<UserPrincipal> fresh = users.reload(principal.id()).filter(UserPrincipal::enabled);
                if (fresh.isEmpty()) {
                    endSession(request, holder);
                } else {
                    var context = holder.createEmptyContext();
                    context.setAuthentication(new UsernamePasswordAuthenticationToken(fresh.get(), null, fresh.get().getAuthorities()));
                    holder.setContext(context);
                    repository.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The request goes on as an anonymous one: a page is answered with the login view, and a Vaadin request, whose
     * session is gone, with "session expired", upon which the browser reloads and meets the login view.
     */
    private static void endSession(HttpServletRequest request, SecurityContextHolderStrategy holder) {
        holder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
