package id.bpjstk.desasadar.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    static final Instant STAMP = Instant.parse("2026-11-28T02:00:00Z");
    static final String LONG_TEXT = "Sosialisasi JKK & JKM untuk petani karet, buruh sadap; pedagang pasar \\ nelayan —"
            + " dilanjutkan pendaftaran peserta baru di balai desa bersama kepala desa, perangkat desa dan agen Perisai setempat.";

    static CalendarEntry entry(long id, CalendarEntry.Status status, String summary, String description) {
        return new CalendarEntry(EventFacts.uid(id), 3, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 11, 30),
                status, summary, description, "Desa Pulau Rajak, Kec. Betung, Kabupaten Banyuasin, Sumatera Selatan",
                -2.95, 104.6, "https://desasadar.example/kegiatan/" + id);
    }

    @Test
    void every_line_ends_with_crlf_and_no_line_is_longer_than_75_octets() {
        String ics = ICalendarWriter.write("Kegiatan", List.of(entry(1, CalendarEntry.Status.CONFIRMED, "Sosialisasi", LONG_TEXT)), STAMP);

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");
    }

    @Test
    void folding_never_splits_a_multi_byte_character_and_unfolding_gives_the_line_back() {
        String text = "Musyawarah desa 🌾 ".repeat(8) + "ééé—ñ";
        var out = new StringBuilder();

        ICalendarWriter.line(out, "DESCRIPTION:" + text);

        String folded = out.toString();
        for (String line : folded.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line); // no broken surrogate or sequence
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + text + "\r\n");
    }

    @Test
    void a_line_of_exactly_75_octets_is_not_folded() {
        var out = new StringBuilder();
        ICalendarWriter.line(out, "X".repeat(75));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
    }

    @Test
    void text_values_escape_backslash_semicolon_comma_and_line_breaks() {
        assertThat(ICalendarWriter.text("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendarWriter.text("bel\u0007l")).isEqualTo("bel l");
    }

    @Test
    void a_cancelled_event_stays_in_the_feed_marked_cancelled_and_transparent() {
        String ics = ICalendarWriter.write("Kegiatan", List.of(entry(7, CalendarEntry.Status.CANCELLED, "Dibatalkan: Sosialisasi", null)), STAMP);

        assertThat(ics).contains("STATUS:CANCELLED\r\n").contains("TRANSP:TRANSPARENT\r\n").contains("SEQUENCE:3\r\n")
                .doesNotContain("DESCRIPTION");
    }

    @Test
    void times_are_local_to_jakarta_with_its_timezone_and_the_stamp_is_utc() {
        String ics = ICalendarWriter.write("Kegiatan", List.of(entry(1, CalendarEntry.Status.CONFIRMED, "S", null)), STAMP);

        assertThat(ics).contains("DTSTART;TZID=Asia/Jakarta:20261201T090000\r\n", "DTEND;TZID=Asia/Jakarta:20261201T113000\r\n",
                "DTSTAMP:20261128T020000Z\r\n", "BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\n", "TZOFFSETTO:+0700\r\n",
                "GEO:-2.950000;104.600000\r\n");
    }

    @Test
    void an_independent_parser_reads_back_every_event_with_its_text_unescaped() throws Exception {
        String description = "Sasaran: petani, pekebun; nelayan\nPeta: https://www.openstreetmap.org/?mlat=-2.95&mlon=104.6#map=15/-2.95/104.6\n" + LONG_TEXT;
        String ics = ICalendarWriter.write("Kegiatan Desa Sadar · Budi, S.E.", List.of(
                entry(1, CalendarEntry.Status.CONFIRMED, "Sosialisasi, desa; \"Pulau Rajak\"", description),
                entry(2, CalendarEntry.Status.CANCELLED, "Dibatalkan: Jemput bola", null)), STAMP);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).as("ical4j validation").noneMatch(e -> e.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR);

        List<VEvent> events = calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(EventFacts.uid(1));
        assertThat(first.getSummary().getValue()).isEqualTo("Sosialisasi, desa; \"Pulau Rajak\"");
        assertThat(first.getDescription().getValue()).isEqualTo(description);
        assertThat(first.getLocation().getValue()).isEqualTo("Desa Pulau Rajak, Kec. Betung, Kabupaten Banyuasin, Sumatera Selatan");
        Temporal start = first.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(events.get(1).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Kegiatan Desa Sadar · Budi, S.E.");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith("UID:"))).hasSize(2);
    }
}
