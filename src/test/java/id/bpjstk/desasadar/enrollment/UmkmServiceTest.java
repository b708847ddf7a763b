package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.importing.UmkmImportService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.AreaLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A company's UMKM binaan with their workers: estimated against enrolled and active per UMKM and per area, who reads
 * which company, and the worker's link to its UMKM from the form and from the worker import.
 */
@IntegrationTest
class UmkmServiceTest {

    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Jakarta"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final String SURABAYA_VILLAGE = "35.78.01.1001";
    static final String BANYUASIN_VILLAGE = "16.07.05.2002";
    static final AtomicInteger SERIAL = new AtomicInteger(8600);

    @Autowired UmkmService umkm;
    @Autowired UmkmImportService umkmImport;
    @Autowired WorkerImportService workerImport;
    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired ContributionService contributions;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path temp;

    long company;
    long mou;
    long otherCompany;
    long bakery;
    long batik;
    long fishCrackers;

    @BeforeEach
    void threeUmkmWithSixWorkersOfWhomThreeAreActiveAndThreeFundedByTheCompany() throws IOException {
        SignIn.as(users, "figures-admin", Role.ADMIN, AreaScope.NATIONAL);
        company = company("PT Angka UMKM ");
        mou = partners.mousOf(company).getFirst().id();
        otherCompany = company("PT Lain ");
        importUmkm(company, """
                nama;pemilik;kode_desa;alamat;perkiraan_pekerja;kode_umkm
                Roti Bu Ani;Ani;35.78.01.1001;;10;R1
                Batik Pak Hadi;Hadi;35.78.01.1001;;4;B1
                Kerupuk Ikan Bu Siti;Siti;16.07.05.2002;;6;K1
                """);
        bakery = site(company, "R1");
        batik = site(company, "B1");
        fishCrackers = site(company, "K1");
        SignIn.as(users, "figures-coordinator", Role.COORDINATOR, "35", "16");
        long a1 = enrol(SURABAYA_VILLAGE, bakery, Funding.CSR);
        enrol(SURABAYA_VILLAGE, bakery, Funding.CSR);
        enrol(SURABAYA_VILLAGE, bakery, Funding.SELF);
        enrol(SURABAYA_VILLAGE, batik, Funding.SELF);
        long k1 = enrol(BANYUASIN_VILLAGE, fishCrackers, Funding.CSR);
        long k2 = enrol(BANYUASIN_VILLAGE, fishCrackers, Funding.SELF);
        enrol(SURABAYA_VILLAGE, null, Funding.SELF); // works at no UMKM: counted nowhere here
        contributions.record(a1, THIS_MONTH, null, null, TODAY, Payer.MOU, mou);
        contributions.record(k1, THIS_MONTH, null, null, TODAY, Payer.MOU, mou);
        contributions.record(k2, THIS_MONTH, null, null, TODAY, Payer.WORKER, null);
        users.createIfAbsent("figures-partner", "Mitra Angka", "test-password", Role.PARTNER, java.util.Set.of("35"));
        users.assignPartner("figures-partner", company);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_administrator_sees_estimated_against_every_enrolled_and_active_worker_in_total_per_regency_and_per_umkm() {
        SignIn.as(users, "figures-admin", Role.ADMIN, AreaScope.NATIONAL);

        assertThat(umkm.totals(company)).isEqualTo(new UmkmAreaFigures("", "", 3, 20, 6, 3));
        assertThat(umkm.byArea(company, AreaLevel.REGENCY, "")).extracting(UmkmAreaFigures::code, UmkmAreaFigures::umkm,
                        UmkmAreaFigures::estimatedWorkers, UmkmAreaFigures::enrolled, UmkmAreaFigures::active)
                .containsExactly(tuple("16.07", 1L, 6L, 2L, 2L), tuple("35.78", 2L, 14L, 4L, 1L));
        assertThat(umkm.byArea(company, AreaLevel.DISTRICT, "35.78")).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("35.78.01"));
        assertThat(umkm.list(company, "", 0, 50)).extracting(UmkmFigures::name, UmkmFigures::estimatedWorkers, UmkmFigures::enrolled,
                        UmkmFigures::active)
                .containsExactly(tuple("Batik Pak Hadi", 4, 1L, 0L), tuple("Kerupuk Ikan Bu Siti", 6, 2L, 2L), tuple("Roti Bu Ani", 10, 3L, 1L));
        assertThat(umkm.list(company, "35.78", 1, 1)).extracting(UmkmFigures::name).containsExactly("Roti Bu Ani");
    }

    @Test
    void the_company_sees_all_its_umkm_but_counts_only_the_workers_its_own_mous_fund() {
        SignIn.as(users, "figures-partner", Role.PARTNER, "35");

        assertThat(umkm.totals(company)).isEqualTo(new UmkmAreaFigures("", "", 3, 20, 3, 2));
        assertThat(umkm.byArea(company, AreaLevel.REGENCY, "")).extracting(UmkmAreaFigures::code, UmkmAreaFigures::umkm,
                        UmkmAreaFigures::estimatedWorkers, UmkmAreaFigures::enrolled, UmkmAreaFigures::active)
                .containsExactly(tuple("16.07", 1L, 6L, 1L, 1L), tuple("35.78", 2L, 14L, 2L, 1L));
        assertThat(umkm.list(company, "", 0, 50)).extracting(UmkmFigures::name, UmkmFigures::enrolled, UmkmFigures::active)
                .containsExactly(tuple("Batik Pak Hadi", 0L, 0L), tuple("Kerupuk Ikan Bu Siti", 1L, 1L), tuple("Roti Bu Ani", 2L, 1L));
    }

    @Test
    void a_company_user_reads_only_its_own_company_and_another_one_is_not_found_like_an_unknown_one() {
        SignIn.as(users, "figures-partner", Role.PARTNER, "35");

        assertThat(umkm.companies()).extracting(PartnerView::id).containsExactly(company);
        assertThatThrownBy(() -> umkm.totals(otherCompany)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "umkm.error.company");
        assertThatThrownBy(() -> umkm.list(Long.MAX_VALUE, "", 0, 10)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "umkm.error.company");
    }

    @Test
    void a_coordinator_reads_the_part_of_the_list_in_its_scope() {
        SignIn.as(users, "figures-coordinator-jatim", Role.COORDINATOR, "35");

        assertThat(umkm.totals(company)).isEqualTo(new UmkmAreaFigures("", "", 2, 14, 4, 1));
        assertThat(umkm.list(company, "", 0, 50)).extracting(UmkmFigures::name).containsExactly("Batik Pak Hadi", "Roti Bu Ani");
    }

    @Test
    void a_worker_imported_with_its_site_number_is_linked_to_that_umkm_and_an_unknown_site_rejects_the_row() throws IOException {
        SignIn.as(users, "figures-coordinator", Role.COORDINATOR, "35", "16");
        String nik = nik(SURABAYA_VILLAGE);
        Path file = Files.createTempFile(temp, "workers-", ".csv");
        Files.writeString(file, "nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj;lokasi\n"
                + nik + ";Pekerja Batik;;;;LAINNYA;35.78.01.1001;tidak;1000000;SELF;" + TODAY + ";;" + batik + "\n"
                + nik(SURABAYA_VILLAGE) + ";Pekerja Entah;;;;LAINNYA;35.78.01.1001;tidak;1000000;SELF;" + TODAY + ";;999999999\n",
                StandardCharsets.UTF_8);

        ImportResult result = workerImport.importFile(file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);

        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 0, 1));
        assertThat(jdbc.queryForObject("SELECT site_id FROM worker WHERE nik = ?", Long.class, nik)).isEqualTo(batik);
        assertThat(id.bpjstk.desasadar.base.importing.RenderedReports.text(result.report(), v -> v.messageKey())).contains(";lokasi;worker.error.site;");
        assertThat(umkm.list(company, "", 0, 1)).singleElement().satisfies(u -> assertThat(u.enrolled()).isEqualTo(2));
    }

    @Test
    void a_worker_moved_to_another_umkm_in_the_form_counts_there() {
        SignIn.as(users, "figures-coordinator", Role.COORDINATOR, "35", "16");
        WorkerView worker = workerQueries.list(new WorkerFilter(SURABAYA_VILLAGE, null, null, null, null, null), 0, 100).stream()
                .filter(w -> w.siteId() != null && w.siteId() == batik).findFirst().orElseThrow();

        workers.update(worker.id(), new WorkerDraft(worker.nik(), worker.fullName(), worker.sex(), worker.birthDate(), worker.phone(),
                worker.occupation(), worker.villageCode(), worker.villageRole(), bakery, worker.jht(), worker.incomeBand(), worker.funding(),
                worker.mouId(), worker.enrolledOn(), worker.eventId(), worker.agentId(), worker.kpj()), worker.version());

        assertThat(umkm.list(company, "35.78", 0, 10)).extracting(UmkmFigures::name, UmkmFigures::enrolled)
                .containsExactly(tuple("Batik Pak Hadi", 0L), tuple("Roti Bu Ani", 4L));
    }

    private long company(String name) {
        long id = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, name + System.nanoTime(), null, null, null, null),
                PartnerView.NEW).id();
        partners.saveMou(id, null, new MouDraft("CSR/" + System.nanoTime(), "CSR", THIS_MONTH.minusMonths(6).atDay(1),
                THIS_MONTH.plusMonths(6).atEndOfMonth(), 100, null, List.of("35.78", "16.07")), MouView.NEW);
        return id;
    }

    private void importUmkm(long companyId, String content) throws IOException {
        Path file = Files.createTempFile(temp, "umkm-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ImportResult result = umkmImport.importFile(companyId, file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> false);
        assertThat(result.counts().rejected()).isZero();
    }

    private long site(long companyId, String code) {
        return jdbc.queryForObject("SELECT id FROM site WHERE partner_id = ? AND partner_key = ?", Long.class, companyId, "k:" + code);
    }

    private long enrol(String village, Long siteId, Funding funding) {
        return workers.enroll(new WorkerDraft(nik(village), "Pekerja UMKM " + SERIAL.get(), null, null, null, Occupation.LAINNYA, village, null,
                siteId, false, 1_000_000, funding, funding == Funding.CSR ? mou : null, THIS_MONTH.minusMonths(2).atDay(1), null, null,
                null)).id();
    }

    private static String nik(String village) {
        return "%s%02d%02d%02d%04d".formatted(village.substring(0, 8).replace(".", ""), 10, 3, 85, SERIAL.incrementAndGet());
    }
}
