package id.bpjstk.desasadar.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.base.importing.ImportResult.Outcome;
import id.bpjstk.desasadar.partner.Funding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ContributionImportTest {

    static final String IMPORTER = "contribution-importer";
    /** The workers of the fixtures: two in Banyuasin (the importer's area), one in Surabaya (outside it). */
    static final String FIRST = "1607051001909001";
    static final String SECOND = "1607051102909002";
    static final String ELSEWHERE = "3578011304909003";
    static final List<String> WORKERS = List.of(FIRST, SECOND, ELSEWHERE);

    @Autowired ContributionImportService imports;
    @Autowired WorkerService workers;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AppI18nProvider i18n;

    @BeforeEach
    void workersEnrolledInJune2025WithNothingPaid() {
        SignIn.as(users, IMPORTER + "-admin", Role.ADMIN, AreaScope.NATIONAL);
        enrolOnce(FIRST, "16.07.05.2002");
        enrolOnce(SECOND, "16.07.05.2002");
        enrolOnce(ELSEWHERE, "35.78.01.1001");
        String niks = "'" + String.join("','", WORKERS) + "'";
        jdbc.update("DELETE FROM contribution WHERE worker_id IN (SELECT id FROM worker WHERE nik IN (" + niks + "))");
        jdbc.update("UPDATE worker SET paid_through = NULL, active_from = NULL WHERE nik IN (" + niks + ")");
        SignIn.as(users, IMPORTER, Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_valid_file_stores_every_month_keeps_the_status_current_and_reimporting_it_adds_nothing() throws IOException {
        ImportResult first = run("contributions-valid.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(first.outcome()).isEqualTo(Outcome.STORED);
        assertThat(first.counts()).isEqualTo(new ImportCounts(3, 0, 0));
        assertThat(ImportReports.read(first)).isEmpty();
        assertThat(jdbc.queryForMap("SELECT amount, computed_amount, override_reason FROM contribution c JOIN worker w"
                + " ON w.id = c.worker_id WHERE w.nik = ? AND c.month = '2025-07-01'", FIRST))
                .isEqualTo(Map.of("amount", 20_000, "computed_amount", 16_800, "override_reason", "Termasuk denda"));
        assertThat(activity(FIRST)).containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1));
        assertThat(activity(SECOND)).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1));

        ImportResult again = run("contributions-valid.csv", ImportMode.ACCEPT_VALID);

        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 3, 0));
        assertThat(ImportReports.read(again)).extracting(r -> r.get("baris"), r -> r.get("alasan"), r -> r.get("alasan_berkas")).containsExactly(
                tuple("2", text("contribution.import.already-recorded"), ""),
                tuple("3", text("contribution.import.already-recorded"), "Termasuk denda"),
                tuple("4", text("contribution.import.already-recorded"), ""));
        assertThat(paidMonths()).isEqualTo(3);
    }

    @Test
    void accept_valid_stores_the_good_row_and_reports_every_bad_one_with_its_line_column_and_reason() throws IOException {
        ImportResult result = run("contributions-bad.csv", ImportMode.ACCEPT_VALID);

        assertThat(result.outcome()).isEqualTo(Outcome.STORED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 6));
        assertThat(ImportReports.read(result)).extracting(r -> r.get("baris"), r -> r.get("kolom"), r -> r.get("alasan"))
                .containsExactlyInAnyOrder(
                        tuple("2", "bulan", text("contribution.error.before-enrollment", "2025-01", "2025-06")),
                        tuple("3", "bulan", text("contribution.error.future-month", "2099-01")),
                        tuple("4", "nik", text("contribution.import.error.worker-unknown")),
                        tuple("5", "nik", text("contribution.import.error.worker-unknown")),
                        tuple("7", "bulan", text("contribution.import.error.twice-in-file")),
                        tuple("8", "jumlah", text("contribution.error.reason-required", 16_800L)));
        assertThat(paidMonths()).isEqualTo(1);
        assertThat(activity(FIRST)).containsExactly(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 1));
    }

    @Test
    void all_or_nothing_stores_nothing_when_one_row_is_bad_and_still_reports_every_bad_row() throws IOException {
        ImportResult result = run("contributions-bad.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 6));
        assertThat(ImportReports.read(result)).hasSize(6);
        assertThat(paidMonths()).isZero();
        assertThat(activity(FIRST)).containsExactly(null, null);
    }

    @Test
    void a_month_already_paid_with_another_amount_is_rejected_not_overwritten() throws IOException {
        run("contributions-valid.csv", ImportMode.ACCEPT_VALID);
        Path changed = Files.createTempFile("contributions-", ".csv");
        Files.writeString(changed, "nik;bulan;jumlah;tanggal_bayar;pembayar;alasan\n" + FIRST + ";2025-06;17000;2025-06-20;PESERTA;Salah\n");

        ImportResult result = imports.importFile(changed, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);
        Files.delete(changed);

        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 1));
        assertThat(ImportReports.read(result)).singleElement().extracting(r -> r.get("alasan"))
                .isEqualTo(text("contribution.import.error.paid-differently", 16_800L));
    }

    @Test
    void refused_files_store_nothing() {
        for (String file : List.of("contributions-wrong-header.csv", "contributions-cut-off.csv", "empty.csv")) {
            assertThatThrownBy(() -> run(file, ImportMode.ACCEPT_VALID)).as(file).isInstanceOf(RuleViolation.class);
        }
        assertThat(paidMonths()).isZero();
    }

    private void enrolOnce(String nik, String village) {
        if (workers.lookup(nik) instanceof WorkerService.NikLookup.NotRegistered) {
            workers.enroll(new WorkerDraft(nik, "Peserta Iuran", null, null, null, Occupation.PETANI, village, null, null, false,
                    1_000_000, Funding.SELF, null, LocalDate.of(2025, 6, 1), null, null, null));
        }
    }

    private long paidMonths() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contribution c JOIN worker w ON w.id = c.worker_id WHERE w.nik IN (?, ?, ?)",
                Long.class, WORKERS.toArray());
    }

    /** paid_through and active_from. */
    private List<LocalDate> activity(String nik) {
        return jdbc.queryForObject("SELECT paid_through, active_from FROM worker WHERE nik = ?", (rs, i) -> java.util.Arrays.asList(
                rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)), nik);
    }

    private ImportResult run(String fixture, ImportMode mode) {
        try {
            Path file = Path.of(getClass().getResource("/imports/" + fixture).toURI());
            return imports.importFile(file, mode, Progress.NONE, () -> false);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(RuleViolation v) {
        return i18n.getTranslation(v.messageKey(), AppI18nProvider.INDONESIAN, v.args());
    }

    private String text(String key, Object... args) {
        return text(new RuleViolation(key, args));
    }

}
