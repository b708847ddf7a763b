package id.bpjstk.desasadar.base.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CsvIntakeTest {

    static final List<String> COLUMNS = List.of("nik", "nama", "jenis_kelamin", "tanggal_lahir", "telepon", "pekerjaan",
            "kode_desa", "jht", "penghasilan", "sumber_dana", "tanggal_daftar", "kpj");
    static final CsvIntake.Spec SPEC = new CsvIntake.Spec(COLUMNS, 1_000_000);

    @Test
    void comma_semicolon_bom_and_crlf_files_give_the_same_rows_with_their_line_numbers() {
        List<IntakeRow> valid = read("valid.csv");
        assertThat(valid).extracting(IntakeRow::line).containsExactly(2L, 3L, 4L);
        assertThat(valid.get(1).value(1)).isEqualTo("Siti Nur'aini");
        assertThat(valid.get(1).value(4)).isEmpty();
        assertThat(valid).allMatch(IntakeRow::complete);
        for (String file : List.of("bom.csv", "semicolon.csv", "crlf.csv")) {
            assertThat(read(file)).as(file).isEqualTo(valid);
        }
    }

    @Test
    void a_quoted_field_keeps_its_separator_and_line_break_and_columns_may_come_in_any_order_and_case() {
        List<IntakeRow> rows = read("quoted.csv");

        assertThat(rows.get(0).value(0)).isEqualTo("5171014506950004");
        assertThat(rows.get(0).value(1)).isEqualTo("Ni Luh Putu Ayu; \"Ayu\"\nBanjar Serangan");
        assertThat(rows.get(1).line()).as("the quoted line break counts as a physical line").isEqualTo(4);
        assertThat(rows.get(1).value(1)).isEqualTo("Budi Santoso");
    }

    @Test
    void names_with_apostrophes_and_non_ascii_letters_arrive_intact() {
        assertThat(read("names.csv")).extracting(r -> r.value(1))
                .containsExactly("Ma'ruf Amin", "Siti Nur'aini", "Dédé Ñurhayati", "Ni Luh Putu Ayu Çahyani");
    }

    @Test
    void a_latin1_file_is_refused_naming_the_line_of_the_first_bad_byte_before_any_row_is_handed_on() {
        List<IntakeRow> seen = new ArrayList<>();
        assertRefused(() -> CsvIntake.read(fixture("latin1.csv"), SPEC, Progress.NONE, () -> false, seen::add),
                "csv.error.not-utf8", 4L);
        assertThat(seen).isEmpty();
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(() -> read("empty.csv"), "csv.error.empty");
    }

    @Test
    void a_file_over_the_limit_is_refused() {
        var small = new CsvIntake.Spec(COLUMNS, 100);
        assertRefused(() -> CsvIntake.read(fixture("valid.csv"), small, Progress.NONE, () -> false, r -> { }),
                "csv.error.too-large", 100L);
    }

    @Test
    void a_wrong_header_is_refused_listing_expected_missing_and_unknown_columns() {
        assertRefused(() -> read("wrong-header.csv"), "csv.error.header", String.join(", ", COLUMNS), "nama", "name, catatan");
    }

    @Test
    void a_file_cut_off_inside_a_quoted_field_is_refused_before_any_row_is_handed_on() {
        List<IntakeRow> seen = new ArrayList<>();
        assertRefused(() -> CsvIntake.read(fixture("cut-off-quote.csv"), SPEC, Progress.NONE, () -> false, seen::add),
                "csv.error.cut-off-quote", 3L);
        assertThat(seen).isEmpty();
    }

    @Test
    void a_file_whose_last_row_is_short_is_refused_as_cut_off() {
        assertRefused(() -> read("cut-off-row.csv"), "csv.error.cut-off-row", 4L, 4, 12);
    }

    @Test
    void progress_reaches_the_whole_file_and_a_cancel_stops_between_records() {
        List<Double> fractions = new ArrayList<>();
        CsvIntake.read(fixture("valid.csv"), SPEC, fractions::add, () -> false, r -> { });
        assertThat(fractions).last().isEqualTo(1.0);

        AtomicInteger handed = new AtomicInteger();
        assertThatThrownBy(() -> CsvIntake.read(fixture("valid.csv"), SPEC, Progress.NONE, () -> handed.get() == 1,
                r -> handed.incrementAndGet())).isInstanceOf(CancellationException.class);
        assertThat(handed).hasValue(1);
    }

    static List<IntakeRow> read(String name) {
        List<IntakeRow> rows = new ArrayList<>();
        CsvIntake.read(fixture(name), SPEC, Progress.NONE, () -> false, rows::add);
        return rows;
    }

    static Path fixture(String name) {
        try {
            return Path.of(CsvIntakeTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Runnable action, String key, Object... args) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
