package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules on a user's typed fields, one check per field, each returning the value as it is stored:
 * {@link UserAdministration} applies them to every draft and the user form binds each to its field (decision 033).
 * Scopes, offices and partners, which need the database and the caller's own scope, are the service's.
 */
public final class UserRules {

    public static final int USERNAME_MAX = AppUser.USERNAME_MAX;
    public static final int FULL_NAME_MAX = AppUser.FULL_NAME_MAX;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");

    private UserRules() {
    }

    /** The user name in lower case: three or more letters, digits, dots, underscores or hyphens. */
    public static String username(String typed) {
        String username = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("user.error.username", USERNAME_MAX);
        }
        return username;
    }

    public static String fullName(String typed) {
        String fullName = typed == null ? "" : CleanText.oneLine(typed);
        if (fullName.isEmpty() || fullName.length() > FULL_NAME_MAX) {
            throw new RuleViolation("user.error.full-name", FULL_NAME_MAX);
        }
        return fullName;
    }

    public static Role role(Role role) {
        if (role == null) {
            throw new RuleViolation("user.error.role");
        }
        return role;
    }

    /** The language of the user's screens; Indonesian when none is chosen. */
    public static String language(String chosen) {
        String locale = chosen == null ? "id" : chosen;
        if (!AppUserLanguages.SUPPORTED.contains(locale)) {
            throw new RuleViolation("user.error.language");
        }
        return locale;
    }

    /** A partner's user belongs to one partner. */
    public static void partnerChosen(Role role, Long partnerId) {
        if (role == Role.PARTNER && partnerId == null) {
            throw new RuleViolation("user.error.partner-required");
        }
    }
}
