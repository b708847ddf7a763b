package id.bpjstk.desasadar.planning.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A small RFC 5545 writer for the one thing we publish: a calendar of VEVENTs (decision 013). It does what the RFC
 * asks of a producer and nothing more: CRLF line ends (§3.1), lines folded at 75 octets without splitting a UTF-8
 * character (§3.1), TEXT values escaped (§3.3.11: backslash, semicolon, comma, newline), local times with a TZID
 * whose VTIMEZONE is included (§3.2.19, §3.6.5), DTSTAMP in UTC (§3.8.7.2).
 */
public final class ICalendarWriter {

    /** Event times in the app are Western Indonesia Time, as the event service's clock. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final String PRODID = "-//BPJS Ketenagakerjaan//Desa Sadar Jaminan Sosial//ID";
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /**
     * The whole calendar. {@code name} becomes X-WR-CALNAME (shown by Google, Apple and Outlook as the calendar's
     * title); {@code stamp} is DTSTAMP, the moment the feed was written.
     */
    public static String write(String name, List<CalendarEntry> entries, Instant stamp) {
        var out = new StringBuilder(512 + entries.size() * 600);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        // no METHOD: a feed is not an iTIP message (RFC 5546), whose PUBLISH would require an ORGANIZER address we lack
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + ZONE.getId());
        // ask subscribed clients to poll hourly (RFC 7986 and its older Microsoft name)
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        timezone(out);
        String dtstamp = UTC.format(stamp);
        for (CalendarEntry e : entries) {
            event(out, e, dtstamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static byte[] bytes(String name, List<CalendarEntry> entries, Instant stamp) {
        return write(name, entries, stamp).getBytes(StandardCharsets.UTF_8);
    }

    /** WIB has been UTC+7 without daylight saving since 1964; one STANDARD rule describes it. */
    private static void timezone(StringBuilder out) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + ZONE.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0700");
        line(out, "TZOFFSETTO:+0700");
        line(out, "TZNAME:WIB");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    private static void event(StringBuilder out, CalendarEntry e, String dtstamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(e.uid()));
        line(out, "DTSTAMP:" + dtstamp);
        line(out, "DTSTART;TZID=" + ZONE.getId() + ":" + local(e.start()));
        line(out, "DTEND;TZID=" + ZONE.getId() + ":" + local(e.end()));
        line(out, "SEQUENCE:" + e.sequence());
        line(out, "STATUS:" + e.status().name());
        line(out, "SUMMARY:" + text(e.summary()));
        if (e.location() != null) {
            line(out, "LOCATION:" + text(e.location()));
        }
        if (e.lat() != null && e.lng() != null) {
            line(out, "GEO:" + coordinate(e.lat()) + ";" + coordinate(e.lng()));
        }
        if (e.description() != null) {
            line(out, "DESCRIPTION:" + text(e.description()));
        }
        if (e.url() != null) {
            line(out, "URL:" + e.url()); // URI values are not TEXT: no escaping (RFC 5545 §3.3.13)
        }
        // cancelled events stay in the feed so that clients that hold them mark them cancelled, rather than keep them
        line(out, "TRANSP:" + (e.status() == CalendarEntry.Status.CANCELLED ? "TRANSPARENT" : "OPAQUE"));
        line(out, "END:VEVENT");
    }

    static String local(LocalDateTime t) {
        return LOCAL.format(t.withNano(0));
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash first, then ; , and line breaks (CR LF, CR or LF become \n). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        var out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    // other control characters are not allowed in TEXT (§3.3.11 excludes CONTROL); a tab is
                    if (c < 0x20 && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends one content line, folded: at most 75 octets per physical line, a UTF-8 character never split. */
    static void line(StringBuilder out, String contentLine) {
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int cp = contentLine.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space of a continuation line counts toward its 75 octets
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
