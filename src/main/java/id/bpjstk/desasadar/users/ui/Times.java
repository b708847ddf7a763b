package id.bpjstk.desasadar.users.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Sign-in times as the users read them: in the application's zone (WIB by default, {@code app.zone}), in the UI's language. */
final class Times {

    private Times() {
    }

    static String format(ZoneId zone, Instant at, Locale locale, String never) {
        if (at == null) {
            return never;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at)
                + " WIB";
    }
}
