package id.bpjstk.desasadar.enrollment;

import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.SURABAYA_VILLAGE;
import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.TODAY;
import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.nik;
import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkerExportTest {

    static final String FORMULA = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
    static final WorkerFilter SURABAYA = new WorkerFilter(SURABAYA_VILLAGE, null, null, null, null, null);

    @Autowired WorkerExport exports;
    @Autowired WorkerService workers;
    @Autowired ContributionService contributions;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired DataSource dataSource;

    String nik;

    @BeforeEach
    void aSubsidizedWorkerWhoseNameAndPaymentReasonAreFormulas() {
        SignIn.as(users, "export-surabaya", Role.COORDINATOR, "35.78");
        MouView mou = partners.mousCovering(SURABAYA_VILLAGE, TODAY).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow();
        nik = nik("357801", 5, 5, 85);
        WorkerDraft d = WorkerServiceTest.draft(nik, SURABAYA_VILLAGE, Funding.APBD, mou.id()).d();
        long id = workers.enroll(new WorkerDraft(d.nik(), FORMULA, d.sex(), d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), d.agentId(),
                d.kpj())).id();
        contributions.record(id, YearMonth.from(TODAY), 20_000L, FORMULA, TODAY, Payer.MOU, mou.id());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_formula_in_a_name_or_a_reason_comes_out_neutralised_in_csv_and_xlsx() throws IOException {
        for (BiConsumer<ExportFormat, ByteArrayOutputStream> export : java.util.List.<BiConsumer<ExportFormat, ByteArrayOutputStream>>of(
                (f, out) -> exports.workers(SURABAYA, f, out), (f, out) -> exports.contributions(SURABAYA, f, out))) {
            String csv = csv(export);
            assertThat(csv).startsWith("\uFEFFnik;nama;").contains(nik).contains("'" + FORMULA.replace("\"", "\"\""))
                    .doesNotContain(";" + FORMULA.substring(0, 10));
            String sheet = xlsxSheet(export);
            assertThat(sheet).contains(nik).contains("<t>'=HYPERLINK(").doesNotContain("<t>=HYPERLINK(").doesNotContain("<f>");
        }
        assertThat(csv((f, out) -> exports.contributions(SURABAYA, f, out))).contains(";20000;16800;");
    }

    @Test
    void exports_hold_the_callers_scope_and_partners_get_masked_niks() throws IOException {
        SignIn.as(users, "export-banyuasin", Role.COORDINATOR, "16.07");
        assertThat(csv((f, out) -> exports.workers(WorkerFilter.ALL, f, out))).doesNotContain(nik);
        assertThat(csv((f, out) -> exports.contributions(WorkerFilter.ALL, f, out))).doesNotContain(nik);

        SignIn.as(users, "pemkot.surabaya", Role.PARTNER, "35.78");
        String masked = "••••••••••••••••";
        assertThat(csv((f, out) -> exports.workers(SURABAYA, f, out))).contains(masked).doesNotContain(nik);
        assertThat(xlsxSheet((f, out) -> exports.contributions(SURABAYA, f, out))).contains(masked).doesNotContain(nik);
    }

    @Test
    void a_partners_export_needs_only_one_pooled_connection_so_parallel_exports_cannot_starve_the_pool() throws Exception {
        SignIn.as(users, "pemkot.surabaya", Role.PARTNER, "35.78");
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long timeout = pool.getConnectionTimeout();
        List<Connection> held = new ArrayList<>();
        try {
            // every connection but one taken: an export that audits on a second connection while its read holds one waits in vain
            pool.getHikariConfigMXBean().setConnectionTimeout(1_000);
            for (int i = 0; i < pool.getMaximumPoolSize() - 1; i++) {
                held.add(pool.getConnection());
            }
            assertThat(csv((f, out) -> exports.workers(SURABAYA, f, out))).contains("••••••••••••••••");
            assertThat(csv((f, out) -> exports.contributions(SURABAYA, f, out))).contains(";20000;");
        } finally {
            for (Connection c : held) {
                c.close();
            }
            pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
        }
    }

    private static String csv(BiConsumer<ExportFormat, ByteArrayOutputStream> export) {
        var out = new ByteArrayOutputStream();
        export.accept(ExportFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The first sheet's XML (strings are inline, so the cell texts are in it). */
    private static String xlsxSheet(BiConsumer<ExportFormat, ByteArrayOutputStream> export) throws IOException {
        var out = new ByteArrayOutputStream();
        export.accept(ExportFormat.XLSX, out);
        // read through the central directory, as spreadsheets do (entries are streamed with data descriptors)
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export-", ".xlsx");
        java.nio.file.Files.write(file, out.toByteArray());
        try (var zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet != null) {
                return unescape(new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        throw new AssertionError("no sheet in the XLSX file");
    }

    /** The XML entities fastexcel writes in cell texts. */
    private static String unescape(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml.replace("&quot;", "\"").replace("&apos;", "'"))
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
    }
}
