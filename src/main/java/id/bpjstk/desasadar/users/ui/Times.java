package id.bpjstk.desasadar.users.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Sign-in times as the users read them: Western Indonesian Time, in the UI's language. */
final class Times {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Times() {
    }

    static String format(Instant at, Locale locale, String never) {
        if (at == null) {
            return never;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(ZONE).format(at)
                + " WIB";
    }
}
