package id.bpjstk.desasadar.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.AreaClickEvent;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.partner.BillStatus;
import id.bpjstk.desasadar.partner.ListCheck;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner's home on real MoUs, workers and payments: landing, figures by area, the bill, the list check, access. */
@IntegrationTest
class PartnerHomeUiTest {

    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Jakarta"));
    static final String REGENCY = "35.16"; // Kabupaten Mojokerto
    private static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(8_000);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired PartnerService partners;
    @Autowired WorkerService workers;
    @Autowired ContributionService contributions;
    @Autowired JdbcTemplate jdbc;

    MouView mou;
    String village;
    long worker;

    @BeforeEach
    void aMouWithTwoWorkers() {
        SignIn.as(users, "home-admin", Role.ADMIN, AreaScope.NATIONAL);
        PartnerView partner = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkab Mojokerto " + System.nanoTime(),
                REGENCY, null, null, null), PartnerView.NEW);
        mou = partners.saveMou(partner.id(), null, new MouDraft("HOME/" + System.nanoTime(), "Subsidi Mojokerto",
                THIS_MONTH.minusMonths(3).atDay(1), THIS_MONTH.plusMonths(8).atEndOfMonth(), 50, null, List.of(REGENCY)), MouView.NEW);
        village = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE code LIKE '35.16.%' AND LENGTH(code) = 13", String.class);
        SignIn.as(users, "home-coordinator", Role.COORDINATOR, "35");
        worker = enrol(1);
        enrol(2);
        contributions.record(worker, THIS_MONTH, null, null, LocalDate.now(ZoneId.of("Asia/Jakarta")), Payer.MOU, mou.id());
        SignIn.as(users, "home-partner", Role.PARTNER, REGENCY);
        users.assignPartner("home-partner", partner.id());
        SignIn.out();
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private PartnerHomeView open() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "home-partner", Role.PARTNER, REGENCY);
        UI.getCurrent().navigate("");
        return _get(PartnerHomeView.class);
    }

    @Test
    void a_partner_lands_on_its_home_with_its_mou_quota_and_active_and_non_active_workers() {
        PartnerHomeView view = open();

        assertThat(KaribuUi.currentPath()).isEqualTo("mitra-saya");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains(mou.number(), "Kuota", "50", "Sisa kuota", "48", "Aktif", "Tidak aktif");
    }

    @Test
    void its_districts_are_coloured_by_active_share_and_a_click_shows_the_villages() {
        PartnerHomeView view = open();
        String district = village.substring(0, 8);

        assertThat(view.areaRowsForTesting()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(district);
            assertThat(f.enrolled()).isEqualTo(2);
            assertThat(f.active()).isEqualTo(1);
        });
        assertThat(view.fillsForTesting()).containsOnlyKeys(district);
        assertThat(view.fillsForTesting().get(district).label()).endsWith("50%");

        LeafletMap map = _get(view, LeafletMap.class);
        ComponentUtil.fireEvent(map, new AreaClickEvent(map, true, PartnerHomeView.AREAS, district));

        assertThat(view.areaRowsForTesting()).extracting(CoverageFigures::code).containsExactly(village);
    }

    @Test
    void this_months_bill_shows_with_its_reconciliation_and_both_downloads_and_a_past_month_can_be_chosen() {
        PartnerHomeView view = open();

        assertThat(view.billForTesting().month()).isEqualTo(THIS_MONTH);
        assertThat(view.billForTesting().count(BillStatus.PAID)).isEqualTo(1);
        assertThat(view.billForTesting().count(BillStatus.UNPAID)).isEqualTo(1);
        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("bill-pdf"))).hasSize(1);
        assertThat(_find(view, Anchor.class, spec -> spec.withClasses("bill-xlsx"))).hasSize(1);
        assertThat(view.getElement().getTextRecursively()).contains("Total tagihan", "Rp");

        view.monthSelectForTesting().setValue(THIS_MONTH.minusMonths(1));

        assertThat(view.billForTesting().month()).isEqualTo(THIS_MONTH.minusMonths(1));
        assertThat(view.billForTesting().frozen()).isTrue();
    }

    @Test
    void an_uploaded_list_is_answered_and_a_refused_file_says_why() throws IOException {
        PartnerHomeView view = open();
        String nik = jdbc.queryForObject("SELECT nik FROM worker WHERE id = ?", String.class, worker);

        var list = Files.createTempFile("list-", ".csv");
        Files.writeString(list, "nik\n" + nik + "\n3516010101809999\n");
        view.checkListForTesting(list.toFile());
        assertThat(view.listCheckForTesting().count(ListCheck.Result.MATCHED)).isEqualTo(1);
        assertThat(view.listCheckForTesting().count(ListCheck.Result.NOT_FOUND)).isEqualTo(1);
        assertThat(view.getElement().getTextRecursively()).contains("1 cocok");

        var wrong = Files.createTempFile("list-", ".csv");
        Files.writeString(wrong, "nomor\n" + nik + "\n");
        view.checkListForTesting(wrong.toFile());
        assertThat(view.getElement().getTextRecursively()).contains("Berkas ditolak", "Nama kolom tidak sesuai");
    }

    @Test
    void staff_do_not_open_the_partner_home() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "home-coordinator", Role.COORDINATOR, "35");

        assertThatThrownBy(() -> UI.getCurrent().navigate("mitra-saya")).isInstanceOf(MockAccessDeniedException.class);
    }

    private long enrol(int n) {
        String nik = "%s%02d%02d%02d%04d".formatted(village.substring(0, 8).replace(".", ""), 4, 1, 80, SERIAL.incrementAndGet());
        return workers.enroll(new WorkerDraft(nik, "Pekerja Mojokerto " + n, null, null, null, Occupation.PETANI, village, null, null,
                false, 1_000_000, Funding.APBD, mou.id(), THIS_MONTH.minusMonths(2).atDay(1), null, null, null)).id();
    }
}
