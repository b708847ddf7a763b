package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;

import java.util.regex.Pattern;

/** Validation of Kemendagri codes: province {@code 35} down to village {@code 35.09.01.2001}. */
final class AreaCodes {

    // \d is ASCII-only in Java unless UNICODE_CHARACTER_CLASS is set, which is what we want.
    private static final Pattern CODE = Pattern.compile("^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$");

    private AreaCodes() {
    }

    /** The code as written, minus surrounding blanks, or {@code null} when there is none. */
    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip();
    }

    /** @throws RowRejected when the (cleaned) code is missing or malformed */
    static void check(String code) {
        if (code == null) {
            throw new RowRejected(null, "area.import.code-missing");
        }
        if (!CODE.matcher(code).matches()) {
            throw new RowRejected(null, "area.import.code-malformed", code);
        }
    }
}
