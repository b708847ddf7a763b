package id.bpjstk.desasadar.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, without starting a session, a background request that carries a session id the server no longer knows.
 * <p>
 * Why: signing in gives the session a new id (against session fixation). Requests that the login page, its service
 * worker (the PWA's manifest, offline page and icons) or Vaadin's dev tools sent a moment earlier still carry the old
 * id; the server answered each by starting a new, anonymous session, and its cookie overwrote the signed-in one in
 * the browser. The user saw the map begin to load and was sent straight back to the login view (issue 9; seen in
 * the browser tests, and met by anyone who signs in quickly on a first visit while the service worker installs).
 * <p>
 * Page navigations still get a fresh session (the login page after a session expired), and Vaadin's own UIDL and
 * heartbeat requests pass through: Vaadin answers them "session expired" without starting a session.
 */
class StaleSessionFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (staleBackgroundRequest(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_CONFLICT, "The session of this request has ended; reload the page.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean staleBackgroundRequest(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) {
            return false;
        }
        // browsers name a navigation in Sec-Fetch-Mode, but send it only to secure origins: elsewhere a page asks for HTML
        String mode = request.getHeader("Sec-Fetch-Mode");
        String accept = request.getHeader("Accept");
        boolean navigation = mode != null ? mode.equals("navigate") : accept != null && accept.contains("text/html");
        if (navigation) {
            return false;
        }
        String query = request.getQueryString(); // not getParameter: that would read a posted form's body
        return query == null || !(query.startsWith("v-r=uidl") || query.startsWith("v-r=heartbeat"));
    }
}
