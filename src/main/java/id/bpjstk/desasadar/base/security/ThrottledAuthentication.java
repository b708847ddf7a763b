package id.bpjstk.desasadar.base.security;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checking a user name and password, throttled (decision 019): a sign-in whose account or address must wait is
 * refused before its password is looked at, known and unknown names alike; every failure is counted. Spring
 * Security's own provider does the check ({@link PasswordSignIn}), including its defence against telling unknown
 * names by their timing; a demo account refused in production counts as a failure like any other.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final AuthenticationProvider check;
    private final SignInThrottle throttle;

    /** {@code check}: the password check itself (Spring Security's {@code DaoAuthenticationProvider}). */
    ThrottledAuthentication(AuthenticationProvider check, SignInThrottle throttle) {
        this.check = check;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            LOG.warn("Sign-in refused, too many failures: account '{}' from {} must wait {} s more",
                    printable(username), address, Math.max(1, wait.toSeconds()));
            throw new SignInThrottledException(wait);
        }
        try {
            Authentication signedIn = check.authenticate(authentication);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException | AccountStatusException e) {
            Duration now = throttle.failed(username, address);
            if (!now.isZero()) {
                LOG.warn("Sign-in failed again: account '{}' from {} now waits {} s", printable(username), address, now.toSeconds());
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The name as typed, without line breaks or control characters that could forge log lines; at most 80 characters. */
    private static String printable(String typed) {
        String clean = typed.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
