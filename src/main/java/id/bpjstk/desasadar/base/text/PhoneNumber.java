package id.bpjstk.desasadar.base.text;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.regex.Pattern;

/**
 * An Indonesian mobile number, kept in the international form {@code +628…} so that one phone typed as
 * {@code 0812-3456-7890}, {@code +62 812 3456 7890} or {@code (62) 812.3456.7890} is one value
 * (duplicates are found, links to WhatsApp work).
 */
public record PhoneNumber(String value) {

    /** {@code +62}, the {@code 8}, and at most 11 more digits. */
    public static final int MAX_LENGTH = 15;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    /** After the trunk 0: an 8 and 8 to 11 more digits. */
    private static final Pattern NATIONAL_MOBILE = Pattern.compile("08\\d{8,11}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+628\\d{8,11}");

    public PhoneNumber {
        if (value == null || !INTERNATIONAL.matcher(value).matches()) {
            throw new RuleViolation("phone.error.format");
        }
    }

    /** Normalises {@code 08…}, {@code +62…} or {@code 62…} (spaces, dots, dashes, parentheses allowed). */
    public static PhoneNumber parse(String raw) {
        String digits = raw == null ? "" : SEPARATORS.matcher(raw.strip()).replaceAll("");
        String national;
        if (digits.startsWith("+62")) {
            national = "0" + digits.substring(3);
        } else if (digits.startsWith("62")) {
            national = "0" + digits.substring(2);
        } else {
            national = digits;
        }
        if (!NATIONAL_MOBILE.matcher(national).matches()) {
            throw new RuleViolation("phone.error.format");
        }
        return new PhoneNumber("+62" + national.substring(1));
    }

    @Override
    public String toString() {
        return value;
    }
}
