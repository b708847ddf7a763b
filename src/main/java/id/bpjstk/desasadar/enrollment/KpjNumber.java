package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.regex.Pattern;

/** A BPJS Ketenagakerjaan membership number (nomor KPJ): 11 digits. */
public record KpjNumber(String value) {

    public static final int LENGTH = 11;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    public KpjNumber {
        if (value == null || !ELEVEN_DIGITS.matcher(value).matches()) {
            throw new RuleViolation("kpj.error.format", LENGTH);
        }
    }

    /** The number in what the user typed (spaces, dots and hyphens allowed). */
    public static KpjNumber parse(String raw) {
        return new KpjNumber(raw == null ? null : SEPARATORS.matcher(raw).replaceAll(""));
    }

    @Override
    public String toString() {
        return value;
    }
}
