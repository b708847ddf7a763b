package id.bpjstk.desasadar.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RenderedReports;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The target file goes through the same intake as the other imports and is all or nothing: a file with one bad row,
 * the wrong columns or the wrong encoding stores nothing, and the report names each bad row's line and reason.
 */
@IntegrationTest
class TargetImportTest {

    static final int YEAR = 2041;

    @Autowired TargetService targets;
    @Autowired TargetRepository repository;
    @Autowired OfficeService offices;
    @Autowired UserService users;
    @Autowired AppI18nProvider i18n;

    @BeforeEach
    void cleanSlate() {
        repository.deleteAll();
        SignIn.as(users, "target-import-admin", Role.ADMIN, AreaScope.NATIONAL);
        if (offices.idOf("KC-TARGET-TEST").isEmpty()) {
            offices.save(null, "KC-TARGET-TEST", "Kantor Cabang Uji Target", OfficeKind.KANTOR_CABANG, List.of("35.78"), OfficeView.NEW);
        }
        if (offices.idOf("KW-JATIM").isEmpty()) {
            offices.save(null, "KW-JATIM", "Kanwil Jawa Timur", OfficeKind.KANWIL, List.of("35"), OfficeView.NEW);
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_good_file_stores_every_row_with_its_phasing_flag_and_source() throws Exception {
        ImportResult result = importFixture("good.csv");

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.STORED);
        assertThat(result.counts().inserted()).isEqualTo(4);
        assertThat(targets.list(YEAR)).hasSize(4);
        TargetView surabaya = targets.find(YEAR, TargetOwner.area("35.78"), TargetMeasure.CONTRIBUTIONS_RP).orElseThrow();
        assertThat(surabaya.value()).isEqualTo(8_500_000_000L);
        assertThat(surabaya.phasing().kind()).isEqualTo(TargetPhasing.Kind.SHARES);
        assertThat(surabaya.phasing().months()).hasSize(12).first().isEqualTo(new BigDecimal("5"));
        assertThat(surabaya.illustrative()).isTrue();
        assertThat(surabaya.sourceNote()).isEqualTo("Contoh; dengan titik koma");
        long office = offices.idOf("KC-TARGET-TEST").orElseThrow();
        assertThat(targets.find(YEAR, TargetOwner.office(office), TargetMeasure.AGENTS_RECRUITED)).get()
                .satisfies(t -> assertThat(t.phasing().kind()).isEqualTo(TargetPhasing.Kind.CUMULATIVE));
        assertThat(targets.find(YEAR, TargetOwner.area("16.07"), TargetMeasure.ACTIVE_PARTICIPANTS)).isPresent();
        assertThat(report(result)).isEmpty();
    }

    @Test
    void importing_the_same_file_again_refuses_every_row_as_a_second_target_and_changes_nothing() throws Exception {
        report(importFixture("good.csv"));

        ImportResult again = importFixture("good.csv");

        assertThat(again.counts().inserted()).isZero();
        assertThat(report(again)).extracting(r -> r.get("baris") + " " + r.get("alasan"))
                .allSatisfy(line -> assertThat(line).contains("sudah ada"))
                .hasSize(4);
        assertThat(targets.list(YEAR)).hasSize(4);
    }

    @Test
    void a_file_with_the_wrong_columns_is_refused_before_anything_is_stored() {
        assertThatThrownBy(() -> importFixture("wrong-columns.csv"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("csv.error.header");
                    assertThat(v.args()[1]).isEqualTo("kode_wilayah, kode_kantor");
                    assertThat(v.args()[2]).isEqualTo("wilayah");
                });
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void a_file_not_in_utf8_is_refused_naming_the_line_of_the_first_bad_byte() {
        assertThatThrownBy(() -> importFixture("latin1.csv"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("csv.error.not-utf8");
                    assertThat(v.args()).containsExactly(2L);
                });
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void a_year_owner_and_measure_twice_in_the_file_refuses_the_later_row_and_stores_nothing() throws Exception {
        ImportResult result = importFixture("duplicate.csv");

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.ROLLED_BACK);
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.counts().rejected()).isEqualTo(1);
        assertThat(report(result)).singleElement().satisfies(r -> {
            assertThat(r.get("baris")).isEqualTo("4");
            assertThat(r.get("alasan")).contains("baris 2");
            assertThat(r.get("nilai")).isEqualTo("125000");
        });
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void a_target_already_stored_is_not_merged_with_the_files_row() throws Exception {
        targets.create(new TargetDraft(YEAR, TargetOwner.area("35.78"), TargetMeasure.NEW_PARTICIPANTS, 7L, null, false, null));

        ImportResult result = importFixture("duplicate.csv");

        assertThat(report(result)).extracting(r -> r.get("baris")).containsExactly("3", "4");
        assertThat(targets.list(null)).singleElement().extracting(TargetView::value).isEqualTo(7L);
    }

    @Test
    void unknown_areas_and_offices_districts_and_two_owners_are_rejected_by_line_and_column() throws Exception {
        ImportResult result = importFixture("unknown-owner.csv");

        assertThat(report(result)).extracting(r -> r.get("baris") + " " + r.get("kolom") + " " + r.get("alasan"))
                .containsExactly(
                        "3 kode_wilayah Kode wilayah 99.99 tidak ada dalam daftar wilayah resmi.",
                        "4 kode_kantor Kode kantor KW-ATLANTIS tidak dikenal.",
                        "5 kode_wilayah Target hanya untuk provinsi atau kabupaten/kota; 35.78.01 bukan keduanya.",
                        "6 kode_wilayah Target milik satu wilayah (provinsi atau kabupaten/kota) atau satu kantor: isi salah satu, tidak keduanya.");
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void negative_non_numeric_and_missing_values_and_unknown_measures_are_rejected() throws Exception {
        ImportResult result = importFixture("bad-values.csv");

        assertThat(report(result)).extracting(r -> r.get("baris") + " " + r.get("kolom") + " " + r.get("alasan"))
                .containsExactly(
                        "2 nilai Nilai target tidak boleh negatif (-5).",
                        "3 nilai Nilai \"sepuluh ribu\" bukan bilangan bulat (contoh 411156 atau 6.200.000.000.000).",
                        "4 nilai Nilai \"1,5 juta\" bukan bilangan bulat (contoh 411156 atau 6.200.000.000.000).",
                        "5 nilai Nilai target wajib diisi.",
                        "7 ukuran Ukuran \"PESERTA_BARU\" tidak dikenal; pilihan: NEW_PARTICIPANTS, ACTIVE_PARTICIPANTS, "
                                + "CONTRIBUTIONS_RP, AGENTS_RECRUITED, VILLAGES_DESIGNATED.");
        // line 6 was valid, and is not stored either: all or nothing
        assertThat(targets.list(null)).isEmpty();
    }

    private ImportResult importFixture(String name) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/targets/" + name).toURI());
        return targets.importFile(file, Progress.NONE, () -> false);
    }

    private static List<CSVRecord> report(ImportResult result) {
        return RenderedReports.indonesian(result.report());
    }
}
