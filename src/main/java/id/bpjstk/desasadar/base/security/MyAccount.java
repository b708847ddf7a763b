package id.bpjstk.desasadar.base.security;

import java.time.Instant;
import java.util.List;

/** The signed-in user's own account, as the account page shows it. Sign-ins are null when there was none. */
public record MyAccount(String username, String fullName, Role role, List<String> scopeCodes, String locale,
                        Instant lastSignIn, Instant previousSignIn, boolean mustChangePassword) {
}
