package id.bpjstk.desasadar.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Partners and MoUs: what an administrator may record, who reads what, and the funding check of enrollment. */
@IntegrationTest
class PartnerServiceTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);
    static final String SIDOARJO = "35.15";
    static final String SIDOARJO_VILLAGE = "35.15.01.2001";

    @Autowired PartnerService partners;
    @Autowired UserService users;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "partner-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_municipality_mou_funds_from_the_regional_budget_and_starts_with_its_whole_quota_left() {
        PartnerView sidoarjo = municipality(SIDOARJO);
        MouView mou = mou(sidoarjo, 500, SIDOARJO + ".01", SIDOARJO + ".02");

        assertThat(sidoarjo.area().name()).isEqualTo("Kabupaten Sidoarjo");
        assertThat(mou.funding()).isEqualTo(Funding.APBD);
        assertThat(mou.partnerName()).isEqualTo(sidoarjo.name());
        assertThat(mou.areaCodes()).containsExactly(SIDOARJO + ".01", SIDOARJO + ".02");
        assertThat(mou.enrolled()).isZero();
        assertThat(mou.remaining()).isEqualTo(500);
    }

    @Test
    void a_company_mou_funds_through_csr_and_may_cover_areas_anywhere() {
        PartnerView company = company();
        MouView mou = mou(company, 50, "35.78", "51.01");

        assertThat(company.area()).isNull();
        assertThat(mou.funding()).isEqualTo(Funding.CSR);
        assertThat(mou.areaCodes()).containsExactly("35.78", "51.01");
    }

    @Test
    void a_partner_without_a_proper_kind_name_area_or_contact_is_refused() {
        assertViolation(() -> savePartner(PartnerKind.MUNICIPALITY, " ", SIDOARJO), "partner.error.name");
        assertViolation(() -> savePartner(PartnerKind.MUNICIPALITY, "x".repeat(PartnerService.NAME_MAX + 1), SIDOARJO), "partner.error.name");
        assertViolation(() -> savePartner(null, "Pemkab Sidoarjo", SIDOARJO), "partner.error.kind");
        assertViolation(() -> savePartner(PartnerKind.MUNICIPALITY, "Pemkab Entah", "99.99"), "partner.error.area");
        assertViolation(() -> savePartner(PartnerKind.MUNICIPALITY, "Pemkab Tanpa Wilayah", null), "partner.error.area");
        assertViolation(() -> savePartner(PartnerKind.MUNICIPALITY, "Kecamatan bukan pemda", SIDOARJO + ".01"), "partner.error.area");
        assertViolation(() -> partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Kontak", null, null, null, "bukan-email"),
                PartnerView.NEW), "partner.error.contact-email");
        assertViolation(() -> partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Kontak", null, null, "0812abc", null),
                PartnerView.NEW), "partner.error.contact-phone");
    }

    @Test
    void a_mou_with_a_bad_period_quota_budget_number_or_areas_is_refused() {
        PartnerView sidoarjo = municipality(SIDOARJO);
        String taken = mou(sidoarjo, 10, SIDOARJO).number();

        assertViolation(() -> saveMou(sidoarjo, " ", START, END, 10, List.of(SIDOARJO)), "mou.error.number");
        assertViolation(() -> saveMou(sidoarjo, taken, START, END, 10, List.of(SIDOARJO)), "mou.error.duplicate-number");
        assertViolation(() -> saveMou(sidoarjo, number(), END, START, 10, List.of(SIDOARJO)), "mou.error.period");
        assertViolation(() -> saveMou(sidoarjo, number(), START, null, 10, List.of(SIDOARJO)), "mou.error.period-missing");
        assertViolation(() -> saveMou(sidoarjo, number(), START, END, 0, List.of(SIDOARJO)), "mou.error.quota");
        assertViolation(() -> saveMou(sidoarjo, number(), START, END, PartnerService.QUOTA_MAX + 1, List.of(SIDOARJO)), "mou.error.quota");
        assertViolation(() -> saveMou(sidoarjo, number(), START, END, 10, List.of()), "mou.error.no-area");
        assertViolation(() -> saveMou(sidoarjo, number(), START, END, 10, List.of("35.15.99")), "mou.error.unknown-area");
        assertViolation(() -> saveMou(sidoarjo, number(), START, END, 10, List.of(SIDOARJO + ".01", "35.78")), "mou.error.area-outside-partner");
        assertViolation(() -> saveMou(sidoarjo, number(), START, END, 10, List.of("35")), "mou.error.area-outside-partner");
        assertViolation(() -> partners.saveMou(sidoarjo.id(), null, new MouDraft(number(), "Judul", START, END, 10, -5L, List.of(SIDOARJO)),
                MouView.NEW), "mou.error.budget");
    }

    @Test
    void the_second_of_two_people_saving_the_same_partner_or_mou_is_refused() {
        PartnerView partner = municipality(SIDOARJO);
        MouView mou = mou(partner, 10, SIDOARJO);
        var rename = new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemerintah Kabupaten Sidoarjo (baru)", SIDOARJO, null, null, null);
        var retitle = new MouDraft(mou.number(), "Judul baru", START, END, 20, null, List.of(SIDOARJO));

        partners.savePartner(partner.id(), rename, partner.version());
        partners.saveMou(partner.id(), mou.id(), retitle, mou.version());

        assertViolation(() -> partners.savePartner(partner.id(), rename, partner.version()), "partner.error.conflict");
        assertViolation(() -> partners.saveMou(partner.id(), mou.id(), retitle, mou.version()), "mou.error.conflict");
        assertThat(partners.findMou(mou.id()).orElseThrow().quota()).isEqualTo(20);
    }

    @Test
    void a_municipality_cannot_move_away_from_the_areas_of_its_mous() {
        PartnerView partner = municipality(SIDOARJO);
        mou(partner, 10, SIDOARJO + ".01");

        assertViolation(() -> partners.savePartner(partner.id(),
                new PartnerDraft(PartnerKind.MUNICIPALITY, partner.name(), "35.78", null, null, null), partner.version()),
                "partner.error.mous-outside");
    }

    @Test
    void only_an_administrator_records_partners_and_mous() {
        PartnerView partner = municipality(SIDOARJO);
        SignIn.as(users, "partner-coordinator-jatim", Role.COORDINATOR, "35");

        assertThatThrownBy(() -> municipality(SIDOARJO)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mou(partner, 10, SIDOARJO)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coordinators_and_regional_heads_read_the_mous_whose_areas_meet_their_scope() {
        MouView mou = mou(municipality(SIDOARJO), 10, SIDOARJO);

        SignIn.as(users, "partner-kakanwil-jatim", Role.REGIONAL_HEAD, "35");
        assertThat(partners.mous()).extracting(MouView::id).contains(mou.id());
        SignIn.as(users, "partner-coordinator-district", Role.COORDINATOR, SIDOARJO + ".01");
        assertThat(partners.mous()).extracting(MouView::id).contains(mou.id());
        assertThat(partners.partners()).extracting(PartnerView::id).contains(mou.partnerId());
        SignIn.as(users, "partner-coordinator-surabaya", Role.COORDINATOR, "35.78");
        assertThat(partners.findMou(mou.id())).isEmpty();
        SignIn.as(users, "partner-coordinator-sumsel", Role.COORDINATOR, "16");
        assertThat(partners.mous()).isEmpty();
        assertThat(partners.partners()).isEmpty();
    }

    @Test
    void a_partner_user_reads_only_their_own_partners_mous() {
        MouView companyInSurabaya = mou(company(), 10, "35.78");
        var partnerUser = SignIn.as(users, "pemkot.surabaya", Role.PARTNER, "35.78");
        long own = partners.partnerOf(partnerUser.id()).orElseThrow();

        assertThat(partners.mous()).isNotEmpty().allSatisfy(m -> assertThat(m.partnerId()).isEqualTo(own));
        assertThat(partners.findMou(companyInSurabaya.id())).isEmpty();
        assertThat(partners.partners()).extracting(PartnerView::name).containsExactly("Pemerintah Kota Surabaya");

        SignIn.as(users, "partner-without-partner", Role.PARTNER, "35.78");
        assertThat(partners.mous()).isEmpty();
    }

    @Test
    void funding_is_refused_for_an_unknown_mou_a_village_outside_its_areas_or_a_date_outside_its_period() {
        MouView mou = mou(municipality(SIDOARJO), 10, SIDOARJO + ".01");

        partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO_VILLAGE, START, 1);
        partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO_VILLAGE, END, 10);
        assertViolation(() -> partners.checkFunding(Long.MAX_VALUE, Funding.APBD, SIDOARJO_VILLAGE, START, 1), "mou.error.unknown");
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.APBD, "35.15.02.2001", START, 1), "mou.error.outside-area");
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.APBD, "35.15.010", START, 1), "mou.error.outside-area");
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO_VILLAGE, START.minusDays(1), 1), "mou.error.outside-period");
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO_VILLAGE, END.plusDays(1), 1), "mou.error.outside-period");
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.APBD, SIDOARJO_VILLAGE, START, 11), "mou.error.quota-exceeded");
        assertViolation(() -> partners.checkFunding(mou.id(), Funding.CSR, SIDOARJO_VILLAGE, START, 1), "worker.error.mou-kind");
    }

    @Test
    void the_mou_picker_offers_the_mous_covering_the_village_on_the_enrollment_date() {
        MouView mou = mou(municipality(SIDOARJO), 10, SIDOARJO + ".01");

        assertThat(partners.mousCovering(SIDOARJO_VILLAGE, START.plusMonths(6))).extracting(MouView::id).contains(mou.id());
        assertThat(partners.mousCovering(SIDOARJO_VILLAGE, END.plusDays(1))).extracting(MouView::id).doesNotContain(mou.id());
        assertThat(partners.mousCovering("35.15.02.2001", START)).extracting(MouView::id).doesNotContain(mou.id());
        assertThat(partners.mousFunding(Funding.APBD, SIDOARJO_VILLAGE, START)).extracting(MouView::id).contains(mou.id());
        assertThat(partners.mousFunding(Funding.CSR, SIDOARJO_VILLAGE, START)).extracting(MouView::id).doesNotContain(mou.id());
    }

    private PartnerView municipality(String area) {
        return savePartner(PartnerKind.MUNICIPALITY, "Pemerintah Kabupaten Sidoarjo " + System.nanoTime(), area);
    }

    private PartnerView company() {
        return savePartner(PartnerKind.COMPANY, "PT Sawit Sejahtera " + System.nanoTime(), null);
    }

    private PartnerView savePartner(PartnerKind kind, String name, String area) {
        return partners.savePartner(null, new PartnerDraft(kind, name, area, "Bagian Kesra", "031-000000", "kesra@example.go.id"),
                PartnerView.NEW);
    }

    private MouView mou(PartnerView partner, int quota, String... areas) {
        return saveMou(partner, number(), START, END, quota, List.of(areas));
    }

    private MouView saveMou(PartnerView partner, String number, LocalDate start, LocalDate end, int quota, List<String> areas) {
        return partners.saveMou(partner.id(), null, new MouDraft(number, "Perlindungan pekerja rentan", start, end, quota, 100_000_000L, areas),
                MouView.NEW);
    }

    private static String number() {
        return "MOU/" + System.nanoTime();
    }

    static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** Issue 13, item 15: a partner's name pasted with a line break is stored on one line. */
    @Test
    void a_partner_name_with_a_line_break_is_stored_on_one_line() {
        PartnerView partner = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Kebun\r\nNusantara\u200b",
                null, "Bu\nRina", null, null), PartnerView.NEW);

        assertThat(partner.name()).isEqualTo("PT Kebun Nusantara");
    }
}
