package id.bpjstk.desasadar.base.security;

import java.time.Instant;
import java.util.List;

/** A user as the administrator's list shows it. */
public record UserRow(long id, String username, String fullName, Role role, List<String> scopeCodes, Long officeId,
                      Long partnerId, String locale, boolean enabled, boolean mustChangePassword, Instant lastSignIn,
                      long version) {

    public static final long NEW = -1;
}
