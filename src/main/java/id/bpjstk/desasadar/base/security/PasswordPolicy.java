package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (decision 016): at least {@link #MIN_LENGTH} characters of at least two kinds (lower case,
 * upper case, digits, others), at least {@link #MIN_DISTINCT} different characters, not containing the user name, and
 * not one of the common passwords of {@code security/common-passwords.txt} (Openwall's list, public domain), also
 * when a few digits or signs are put before or after it ({@code Password123!} is {@code password}).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes: a longer password would be accepted on its first 72 alone. */
    public static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT = 5;
    private static final String LIST = "security/common-passwords.txt";
    // no 0/O, 1/l/I: a one-time password is read aloud or copied by hand
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";

    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses, with the reason, a password that breaks a rule; {@code username} may be null. */
    public void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.error.short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolation("password.error.long", MAX_BYTES);
        }
        if (kinds(password) < 2) {
            throw new RuleViolation("password.error.one-kind");
        }
        if (password.chars().distinct().count() < MIN_DISTINCT) {
            throw new RuleViolation("password.error.repetitive", MIN_DISTINCT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password.error.username");
        }
        if (isCommon(lower)) {
            throw new RuleViolation("password.error.common");
        }
    }

    boolean isCommon(String lowerCase) {
        String core = lowerCase.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return common.contains(lowerCase) || (!core.isEmpty() && common.contains(core));
    }

    int commonCount() {
        return common.size();
    }

    /** A random password that meets the policy: three groups of four, e.g. {@code k7Mq-x3Rt-9wPa}. */
    public String oneTimePassword() {
        String all = LOWER + UPPER + DIGITS;
        while (true) {
            var sb = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    sb.append('-');
                }
                sb.append(all.charAt(random.nextInt(all.length())));
            }
            String candidate = sb.toString();
            if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isUpperCase)
                    && candidate.chars().anyMatch(Character::isLowerCase) && candidate.chars().distinct().count() >= MIN_DISTINCT) {
                return candidate;
            }
        }
    }

    private static int kinds(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        var in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("The list of common passwords is missing: " + LIST);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#!comment"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
