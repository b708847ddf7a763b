package id.bpjstk.desasadar.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.benchmark.WorkerCsvGenerator;
import id.bpjstk.desasadar.base.importing.ImportResult.Outcome;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class WorkerImportTest {

    static final String IMPORTER = "worker-importer";

    @Autowired WorkerImportService imports;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired id.bpjstk.desasadar.partner.PartnerService partners;
    @Autowired AppI18nProvider i18n;
    @TempDir Path temp;

    @BeforeEach
    void signIn() {
        jdbc.update("DELETE FROM worker WHERE created_by LIKE 'worker-importer%'");
        SignIn.as(users, IMPORTER, Role.COORDINATOR, "35", "51");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_valid_file_stores_every_row_converted_and_reimporting_it_adds_nothing() throws IOException {
        ImportResult first = run("valid.csv", ImportMode.ACCEPT_VALID);

        assertThat(first.outcome()).isEqualTo(Outcome.STORED);
        assertThat(first.counts()).isEqualTo(new ImportCounts(3, 0, 0));
        assertThat(jdbc.queryForMap("SELECT full_name, sex, birth_date, phone, occupation, jht, income_band, funding, kpj"
                + " FROM worker WHERE nik = '3578010101800003'"))
                .containsEntry("full_name", "Ma'ruf").containsEntry("phone", "+6281311112222").containsEntry("jht", true)
                .containsEntry("income_band", 1_000_000).containsEntry("funding", "SELF").containsEntry("kpj", "12345678901");
        assertThat(phoneOf("3578011205850001")).isEqualTo("+6281234567890");

        ImportResult again = run("valid.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(again.outcome()).isEqualTo(Outcome.STORED);
        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 3, 0));
        assertThat(stored()).isEqualTo(3);
        assertThat(ImportReports.read(again)).extracting(r -> r.get("baris")).containsExactly("2", "3", "4");
    }

    @Test
    void a_nik_repeated_inside_one_file_is_stored_once_and_reported_with_its_line() throws IOException {
        ImportResult result = run("duplicate-in-file.csv", ImportMode.ALL_OR_NOTHING);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 0));
        List<CSVRecord> report = ImportReports.read(result);
        assertThat(report).singleElement().satisfies(r -> {
            assertThat(r.get("baris")).isEqualTo("4");
            assertThat(r.get("kolom")).isEqualTo("nik");
            assertThat(r.get("alasan")).startsWith("NIK sudah terdaftar");
            assertThat(r.get("nama")).isEqualTo("Budi Lagi");
        });
    }

    @Test
    void accept_valid_keeps_the_good_rows_and_the_report_lists_the_rejected_row_with_line_reason_and_values() throws IOException {
        ImportResult result = run("one-bad-row.csv", ImportMode.ACCEPT_VALID);

        assertThat(result.outcome()).isEqualTo(Outcome.STORED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 0, 1));
        assertThat(stored()).isEqualTo(2);
        assertThat(ImportReports.read(result)).singleElement().satisfies(r -> {
            assertThat(r.get("baris")).isEqualTo("3");
            assertThat(r.get("kolom")).isEqualTo("tanggal_lahir");
            assertThat(r.get("alasan")).isEqualTo(i18n.getTranslation("worker.import.error.date", AppI18nProvider.INDONESIAN));
            assertThat(r.get("nik")).isEqualTo("3578014703900002");
            assertThat(r.get("tanggal_lahir")).isEqualTo("1990-02-30");
        });
    }

    @Test
    void all_or_nothing_rolls_back_every_batch_already_written_when_one_row_is_bad() throws IOException {
        Path file = temp.resolve("big.csv");
        new WorkerCsvGenerator(List.of("35.78.01.1001", "35.78.01.1002"), 7).write(file, WorkerBulkWriter.BATCH_SIZE + 500);
        Files.writeString(file, "3578010101800003;Tanggal Mustahil;L;1980-02-30;;PETANI;35.78.01.1001;ya;1000000;SELF;2026-01-01;\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        ImportResult result = imports.importFile(file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> false);

        assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(result.counts().inserted()).isZero();
        assertThat(result.counts().rejected()).isEqualTo(1);
        assertThat(stored()).isZero();
        assertThat(ImportReports.read(result)).extracting(r -> r.get("baris")).containsExactly(String.valueOf(WorkerBulkWriter.BATCH_SIZE + 502));
    }

    @Test
    void a_cancelled_accept_valid_import_keeps_the_committed_batches_only() throws IOException {
        Path file = temp.resolve("big.csv");
        new WorkerCsvGenerator(List.of("35.78.01.1001"), 11).write(file, WorkerBulkWriter.BATCH_SIZE + 500);
        AtomicInteger checks = new AtomicInteger();
        BooleanSupplier cancelAfterFirstBatch = () -> checks.incrementAndGet() > WorkerBulkWriter.BATCH_SIZE + 100;

        ImportResult result = imports.importFile(file, ImportMode.ACCEPT_VALID, Progress.NONE, cancelAfterFirstBatch);

        assertThat(result.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(result.counts().inserted()).isEqualTo(WorkerBulkWriter.BATCH_SIZE);
        assertThat(stored()).isEqualTo(WorkerBulkWriter.BATCH_SIZE);
    }

    @Test
    void quoted_names_with_separators_apostrophes_and_non_ascii_letters_are_stored_intact_and_a_line_break_as_a_space() throws IOException {
        run("quoted.csv", ImportMode.ALL_OR_NOTHING);
        run("names.csv", ImportMode.ACCEPT_VALID);

        assertThat(jdbc.queryForList("SELECT full_name FROM worker WHERE created_by = ? ORDER BY nik", String.class, IMPORTER))
                .containsExactly("Budi Santoso", "Siti Nur'aini", "Dédé Ñurhayati", "Ni Luh Putu Ayu; \"Ayu\" Banjar Serangan",
                        "Ni Luh Putu Ayu Çahyani");
    }

    @Test
    void a_kpj_another_worker_has_rejects_its_row_with_the_forms_reason_and_the_rest_is_stored() throws IOException {
        Path first = temp.resolve("first.csv");
        Path second = temp.resolve("second.csv");
        // the generator numbers KPJs by row: the second file's first row has the KPJ of the first file's first row
        new WorkerCsvGenerator(List.of("35.78.01.1001"), 31).write(first, 1);
        new WorkerCsvGenerator(List.of("35.78.01.1002"), 32).write(second, 3);
        Files.writeString(second, "3578010101800099;Kpj Kembar;L;1980-01-01;;PETANI;35.78.01.1002;ya;1000000;SELF;2026-01-01;"
                + "%011d\n".formatted(0), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(imports.importFile(first, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false).counts())
                .isEqualTo(new ImportCounts(1, 0, 0));

        ImportResult result = imports.importFile(second, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);

        assertThat(result.outcome()).isEqualTo(Outcome.STORED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 0, 2));
        assertThat(ImportReports.read(result)).extracting(r -> r.get("baris"), r -> r.get("kolom"), r -> r.get("alasan"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", "kpj", i18n.getTranslation("worker.error.kpj-duplicate", AppI18nProvider.INDONESIAN)),
                        org.assertj.core.groups.Tuple.tuple("5", "kpj", i18n.getTranslation("worker.error.kpj-duplicate", AppI18nProvider.INDONESIAN)));
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void a_village_outside_the_importers_area_is_rejected() throws IOException {
        SignIn.as(users, IMPORTER + "-surabaya", Role.COORDINATOR, "35.78");

        ImportResult result = run("quoted.csv", ImportMode.ACCEPT_VALID);

        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 1));
        assertThat(ImportReports.read(result)).singleElement().satisfies(r -> {
            assertThat(r.get("baris")).isEqualTo("2");
            assertThat(r.get("kolom")).isEqualTo("kode_desa");
        });
    }

    @Test
    void refused_files_store_nothing() {
        for (String file : List.of("latin1.csv", "empty.csv", "wrong-header.csv", "cut-off-quote.csv", "cut-off-row.csv")) {
            assertThatThrownBy(() -> run(file, ImportMode.ACCEPT_VALID)).as(file).isInstanceOf(RuleViolation.class);
        }
        assertThat(stored()).isZero();
    }

    @Test
    void a_regional_head_cannot_import() {
        SignIn.as(users, "worker-reader", Role.REGIONAL_HEAD, "35");
        assertThatThrownBy(() -> run("valid.csv", ImportMode.ACCEPT_VALID)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void each_row_passes_the_enrollment_rules_and_may_name_its_mou_and_village_office() throws IOException {
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        String mou = partners.mousCovering("35.78.01.1001", today).getFirst().number();
        Path file = temp.resolve("rules.csv");
        Files.writeString(file, String.join("\n",
                "nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj;no_mou;jabatan_desa",
                "3578014507820011;Dewi Lestari;;;;PETANI;35.78.01.1001;tidak;1000000;APBD;" + today + ";;" + mou + ";kepala desa",
                "3578011507820012;Tanpa MoU;;;;PETANI;35.78.01.1001;tidak;1000000;APBD;" + today + ";;;",
                "3578011507820000;Nomor Urut Nol;;;;PETANI;35.78.01.1001;tidak;1000000;SELF;" + today + ";;;",
                "3578011507820013;Salah Kelamin;P;;;PETANI;35.78.01.1001;tidak;1000000;SELF;" + today + ";;;",
                "3578011507820014;Telepon Asing;;;+4412345678;PETANI;35.78.01.1001;tidak;1000000;SELF;" + today + ";;;",
                "3578011507820015;Band Tak Ada;;;;PETANI;35.78.01.1001;tidak;1234567;SELF;" + today + ";;;",
                "3578011507820016;MoU Asing;;;;PETANI;35.78.01.1001;tidak;1000000;APBD;" + today + ";;PKS/TIDAK/ADA;") + "\n",
                StandardCharsets.UTF_8);

        ImportResult result = imports.importFile(file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);

        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 6));
        assertThat(jdbc.queryForMap("SELECT sex, birth_date, village_role, mou_id IS NOT NULL AS funded FROM worker WHERE nik = '3578014507820011'"))
                .containsEntry("sex", "P").containsEntry("village_role", "KEPALA_DESA").containsEntry("funded", 1)
                .containsEntry("birth_date", java.sql.Date.valueOf("1982-07-05"));
        assertThat(ImportReports.read(result)).extracting(r -> r.get("baris") + " " + r.get("kolom")).containsExactly(
                "3 no_mou", "4 nik", "5 nik", "6 telepon", "7 penghasilan", "8 no_mou");
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

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE created_by = ?", Long.class, IMPORTER);
    }

    private String phoneOf(String nik) {
        return jdbc.queryForObject("SELECT phone FROM worker WHERE nik = ?", String.class, nik);
    }

}
