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
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.importing.ImportResult.Outcome;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A company's UMKM binaan list imported as its work sites: stored, keyed for re-import, bad rows reported with their line. */
@IntegrationTest
class UmkmImportTest {

    static final String HEADER = "nama;pemilik;kode_desa;alamat;perkiraan_pekerja;kode_umkm\n";

    @Autowired UmkmImportService imports;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AppI18nProvider i18n;
    @TempDir Path temp;

    long company;

    @BeforeEach
    void aCompanyWithAMouInSurabaya() {
        SignIn.as(users, "umkm-admin", Role.ADMIN, AreaScope.NATIONAL);
        PartnerView pt = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Uji UMKM " + System.nanoTime(), null,
                null, null, null), PartnerView.NEW);
        company = pt.id();
        int year = LocalDate.now().getYear();
        partners.saveMou(company, null, new MouDraft("CSR/UMKM/" + System.nanoTime(), "CSR Surabaya", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), 100, null, List.of("35.78")), MouView.NEW);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_companys_list_becomes_its_umkm_sites_and_importing_it_again_updates_them_instead_of_adding() throws IOException {
        Path file = csv(HEADER
                + "Kerupuk Udang Bu Sri;Sri Rahayu;35.78.01.1001;Jl. Mawar 1;6;KNS-1\n"
                + "Batik Tulis Pak Hadi;Hadi Susanto;35.78.01.1002;;;\n");

        ImportResult first = run(file, ImportMode.ACCEPT_VALID);

        assertThat(first.outcome()).isEqualTo(Outcome.STORED);
        assertThat(first.counts()).isEqualTo(new ImportCounts(2, 0, 0));
        Map<String, Object> stored = jdbc.queryForMap("SELECT id, type, owner_name, village_code, address, estimated_workers, partner_key"
                + " FROM site WHERE partner_id = ? AND name = 'Kerupuk Udang Bu Sri'", company);
        assertThat(stored).containsEntry("type", "UMKM_BINAAN").containsEntry("owner_name", "Sri Rahayu")
                .containsEntry("village_code", "35.78.01.1001").containsEntry("address", "Jl. Mawar 1")
                .containsEntry("estimated_workers", 6).containsEntry("partner_key", "k:KNS-1");

        Path again = csv(HEADER
                + "Kerupuk Udang Bu Sri (baru);Sri Rahayu;35.78.01.1001;Jl. Mawar 1;9;KNS-1\n"
                + "batik  tulis PAK HADI;Hadi Susanto;35.78.01.1002;;4;\n");
        ImportResult second = run(again, ImportMode.ALL_OR_NOTHING);

        assertThat(second.counts()).isEqualTo(new ImportCounts(0, 2, 0));
        assertThat(sites()).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT name, estimated_workers FROM site WHERE id = ?", stored.get("id")))
                .containsEntry("name", "Kerupuk Udang Bu Sri (baru)").containsEntry("estimated_workers", 9);
        assertThat(jdbc.queryForObject("SELECT estimated_workers FROM site WHERE partner_id = ? AND partner_key LIKE 'n:%'", Integer.class,
                company)).isEqualTo(4);
        assertThat(second.report().count()).as("updates are not rejections").isZero();
        second.report().delete();
    }

    @Test
    void an_unknown_village_code_rejects_its_row_with_the_line_and_the_other_rows_are_stored() throws IOException {
        Path file = csv(HEADER
                + "Keripik Tempe;Yuli;35.78.01.1001;;5;A\n"
                + "Tas Kulit;Joko;35.78.99.9999;;5;B\n"
                + "Sandal Anyaman;Endang;35.78.01.1002;;x;C\n"
                + "Kue Basah;Wati;35.78.01.1002;;3;D\n");

        ImportResult result = run(file, ImportMode.ACCEPT_VALID);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 0, 2));
        assertThat(sites()).isEqualTo(2);
        assertThat(ImportReports.read(result)).satisfiesExactly(r -> {
            assertThat(r.get("baris")).isEqualTo("3");
            assertThat(r.get("kolom")).isEqualTo("kode_desa");
            assertThat(r.get("alasan")).isEqualTo(i18n.getTranslation("umkm.import.error.village-unknown", AppI18nProvider.INDONESIAN,
                    "35.78.99.9999"));
            assertThat(r.get("nama")).isEqualTo("Tas Kulit");
        }, r -> {
            assertThat(r.get("baris")).isEqualTo("4");
            assertThat(r.get("kolom")).isEqualTo("perkiraan_pekerja");
        });
    }

    @Test
    void all_or_nothing_stores_no_umkm_when_one_village_code_is_unknown() throws IOException {
        Path file = csv(HEADER + "Keripik Tempe;Yuli;35.78.01.1001;;5;A\n" + "Tas Kulit;Joko;99.99.99.9999;;5;B\n");

        ImportResult result = run(file, ImportMode.ALL_OR_NOTHING);

        assertThat(result.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 1));
        assertThat(sites()).isZero();
    }

    @Test
    void a_coordinator_imports_for_a_company_it_can_see_and_rows_outside_its_scope_are_rejected() throws IOException {
        SignIn.as(users, "umkm-coordinator", Role.COORDINATOR, "35.78");
        Path file = csv(HEADER + "Keripik Tempe;Yuli;35.78.01.1001;;5;A\n" + "Kerupuk Ikan;Siti;16.07.05.2002;;5;B\n");

        ImportResult result = run(file, ImportMode.ACCEPT_VALID);

        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 1));
        assertThat(ImportReports.read(result)).singleElement().satisfies(r -> {
            assertThat(r.get("baris")).isEqualTo("3");
            assertThat(r.get("alasan")).isEqualTo(i18n.getTranslation("umkm.import.error.village-out-of-scope",
                    AppI18nProvider.INDONESIAN, "16.07.05.2002"));
        });
    }

    @Test
    void a_company_the_importer_cannot_see_or_a_municipality_is_refused_before_anything_is_stored() throws IOException {
        Path file = csv(HEADER + "Keripik Tempe;Yuli;16.07.05.2002;;5;A\n");
        PartnerView city = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkab Uji " + System.nanoTime(), "16.07",
                null, null, null), PartnerView.NEW);

        assertThatThrownBy(() -> run(file, city.id(), ImportMode.ACCEPT_VALID)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "umkm.error.company");
        SignIn.as(users, "umkm-coordinator-sumsel", Role.COORDINATOR, "16");
        assertThatThrownBy(() -> run(file, company, ImportMode.ACCEPT_VALID)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "umkm.error.company");
        assertThat(sites()).isZero();
    }

    @Test
    void partners_and_regional_heads_do_not_import() throws IOException {
        Path file = csv(HEADER + "Keripik Tempe;Yuli;35.78.01.1001;;5;A\n");
        SignIn.as(users, "umkm-partner", Role.PARTNER, "35");

        assertThatThrownBy(() -> run(file, ImportMode.ACCEPT_VALID)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "umkm-head", Role.REGIONAL_HEAD, "35");
        assertThatThrownBy(() -> run(file, ImportMode.ACCEPT_VALID)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_with_the_wrong_columns_is_refused_whole() throws IOException {
        Path file = csv("nama;kode_desa\nKeripik Tempe;35.78.01.1001\n");

        assertThatThrownBy(() -> run(file, ImportMode.ACCEPT_VALID)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "csv.error.header");
        assertThat(sites()).isZero();
    }

    @Test
    void a_name_with_a_line_break_is_stored_on_one_line_and_keys_the_same_umkm() throws IOException {
        run(csv(HEADER + "\"Keripik\nTempe\";Yuli;35.78.01.1001;;5;\n"), ImportMode.ACCEPT_VALID);
        ImportResult again = run(csv(HEADER + "Keripik   Tempe;Yuli;35.78.01.1001;;7;\n"), ImportMode.ACCEPT_VALID);

        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 1, 0));
        assertThat(jdbc.queryForList("SELECT name FROM site WHERE partner_id = ?", String.class, company)).containsExactly("Keripik Tempe");
    }

    private long sites() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM site WHERE partner_id = ?", Long.class, company);
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile(temp, "umkm-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private ImportResult run(Path file, ImportMode mode) {
        return run(file, company, mode);
    }

    private ImportResult run(Path file, long companyId, ImportMode mode) {
        return imports.importFile(companyId, file, mode, Progress.NONE, () -> false);
    }
}
