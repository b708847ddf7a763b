package id.bpjstk.desasadar.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.outreach.SponsorKind;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The roll-ups, periods and scopes of {@link CoverageService}, on workers of its own in Nusa Tenggara Barat (52):
 * two villages of district 52.71.01 (Mataram), one of district 52.71.02, one in regency 52.01.
 */
@IntegrationTest
class CoverageServiceTest {

    static final long LOWEST = 16_800;
    static final YearMonth M = YearMonth.now(ZoneId.of("Asia/Jakarta"));

    @Autowired CoverageService coverage;
    @Autowired CoverageRebuild coverageRebuild;
    @Autowired WorkerService workers;
    @Autowired ContributionService contributions;
    @Autowired EventService events;
    @Autowired AgentService agents;
    @Autowired PartnerService partners;
    @Autowired OfficeService offices;
    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(7100);
    static boolean seeded;
    static String a;
    static String b;
    static String c;
    static String d;
    static long partnerId;
    static long agentId;
    static String officeCode;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        SignIn.as(users, "coverage-admin", Role.ADMIN, AreaScope.NATIONAL);
        a = village("52.71.01.%", 0);
        b = village("52.71.01.%", 1);
        c = village("52.71.02.%", 0);
        d = village("52.01.%", 0);
        PartnerView mataram = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, "Pemkot Mataram (uji)", "52.71", null,
                null, null), PartnerView.NEW);
        partnerId = mataram.id();
        MouView mou = partners.saveMou(partnerId, null, new MouDraft("MOU-MTR-" + System.nanoTime(), "APBD Mataram", LocalDate.of(2020, 1, 1),
                LocalDate.of(2035, 12, 31), 1000, null, List.of("52.71")), MouView.NEW);
        AgentView agent = agents.register("PRS-MTR-" + System.nanoTime(), "Agen Mataram", null, a, "Koperasi Mataram", SponsorKind.KOPERASI,
                LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3));
        agentId = agent.id();

        long w1 = enrol(a, M.minusMonths(2), null);
        contributions.record(w1, M.minusMonths(2), null, null, LocalDate.now(ZoneId.of("Asia/Jakarta")), Payer.WORKER, null);
        long w2 = enrol(a, M.minusMonths(1), mou.id());
        contributions.record(w2, M.minusMonths(1), null, null, LocalDate.now(ZoneId.of("Asia/Jakarta")), Payer.MOU, mou.id());
        enrol(c, M, null);
        long w4 = enrol(d, M.minusMonths(2), null);
        contributions.record(w4, M.minusMonths(2), null, null, LocalDate.now(ZoneId.of("Asia/Jakarta")), Payer.WORKER, null);

        EventView e = events.plan(new EventDraft("Sosialisasi Mataram", EventType.SOSIALISASI_DESA, M.minusMonths(1).atDay(1).atTime(10, 0),
                M.minusMonths(1).atDay(1).atTime(12, 0), a, null, "coverage-admin", null, 40, Set.of()));
        events.markHeld(e.id(), 30, null, null, e.version());

        officeCode = "KC-MTR-" + (System.nanoTime() % 100_000);
        offices.save(null, officeCode, "Kantor Cabang Mataram (uji)", OfficeKind.KANTOR_CABANG, List.of("52.71.01"), OfficeView.NEW);
        profiles.updateOutreach(a, 100, null, profileQueries.find(a).orElseThrow().version());
        seeded = true;
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_village_holds_its_reach_enrolments_payments_events_and_agents_with_stocks_at_the_periods_last_month() {
        asAdmin();
        CoverageFigures f = coverage.area(a, new CoveragePeriod(M.minusMonths(2), M));
        assertThat(f.reached()).isEqualTo(30);
        assertThat(f.eventsHeld()).isEqualTo(1);
        assertThat(f.newEnrollments()).isEqualTo(2);
        assertThat(f.enrolled()).isEqualTo(2);
        assertThat(f.active()).isEqualTo(2);
        assertThat(f.nonActive()).isZero();
        assertThat(f.paidByWorker()).isEqualTo(LOWEST);
        assertThat(f.paidByMou()).isEqualTo(LOWEST);
        assertThat(f.paidByAgent()).isZero();
        assertThat(f.activeAgents()).isEqualTo(1);
        assertThat(f.potential()).isEqualTo(100);
        assertThat(f.enrolledWherePotential()).isEqualTo(2);
    }

    @Test
    void flows_add_up_over_the_periods_months_and_stocks_are_those_of_its_last_month() {
        asAdmin();
        CoverageFigures first = coverage.area(a, CoveragePeriod.month(M.minusMonths(2)));
        assertThat(first.newEnrollments()).isEqualTo(1);
        assertThat(first.enrolled()).isEqualTo(1);
        assertThat(first.active()).isEqualTo(1);
        assertThat(first.paidByWorker()).isEqualTo(LOWEST);
        assertThat(first.paidByMou()).isZero();
        assertThat(first.eventsHeld()).isZero();

        CoverageFigures second = coverage.area(a, CoveragePeriod.month(M.minusMonths(1)));
        assertThat(second.newEnrollments()).isEqualTo(1);
        assertThat(second.enrolled()).isEqualTo(2);
        assertThat(second.paidByWorker()).isZero();
        assertThat(second.paidByMou()).isEqualTo(LOWEST);
        assertThat(second.reached()).isEqualTo(30);

        CoverageFigures now = coverage.area(a, CoveragePeriod.month(M));
        assertThat(now.newEnrollments()).isZero();
        assertThat(now.enrolled()).isEqualTo(2);
        assertThat(now.active()).isEqualTo(2);
        assertThat(now.contributions()).isZero();
        assertThat(now.reached()).isZero();

        // three months after its only paid month the first worker is non-active, with nothing written in between
        CoverageFigures later = coverage.area(a, CoveragePeriod.month(M.plusMonths(1)));
        assertThat(later.active()).isEqualTo(1);
        assertThat(later.nonActive()).isEqualTo(1);

        assertThat(coverage.trend(a, M.minusMonths(2), M)).extracting(t -> t.figures().enrolled(), t -> t.figures().newEnrollments())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(2L, 1L),
                        org.assertj.core.groups.Tuple.tuple(2L, 0L));
        assertThat(coverage.trend(a, M.minusMonths(2), M).get(1).figures()).isEqualTo(second);
    }

    @Test
    void districts_regencies_provinces_and_the_nation_add_up_their_children() {
        asAdmin();
        CoveragePeriod period = new CoveragePeriod(M.minusMonths(2), M);
        CoverageFigures district = coverage.area("52.71.01", period);
        assertThat(district.enrolled()).isEqualTo(2);
        CoverageFigures regency = coverage.area("52.71", period);
        assertThat(regency.enrolled()).isEqualTo(3);
        assertThat(regency.active()).isEqualTo(2);
        assertThat(regency.nonActive()).isEqualTo(1);
        assertThat(coverage.area("52", period).enrolled()).isEqualTo(4);
        assertThat(coverage.area("", period).enrolled()).isGreaterThanOrEqualTo(4);

        List<CoverageFigures> districts = coverage.children("52.71", period);
        assertThat(districts).extracting(CoverageFigures::code).contains("52.71.01", "52.71.02");
        assertThat(districts.stream().mapToLong(CoverageFigures::enrolled).sum()).isEqualTo(regency.enrolled());
        assertThat(districts.stream().mapToLong(CoverageFigures::contributions).sum()).isEqualTo(regency.contributions());
        assertThat(districts.stream().mapToLong(CoverageFigures::reached).sum()).isEqualTo(regency.reached());
        assertThat(districts.stream().filter(x -> x.code().equals("52.71.01")).findFirst().orElseThrow()).isEqualTo(district);
        assertThat(coverage.children("52.71.01", period)).extracting(CoverageFigures::code).contains(a, b);
        assertThat(coverage.children("", period)).extracting(CoverageFigures::code).contains("52", "35");

        assertThat(coverage.offices("52.71", period)).filteredOn(o -> o.code().equals(officeCode)).singleElement()
                .satisfies(o -> assertThat(o.enrolled()).isEqualTo(district.enrolled()))
                .satisfies(o -> assertThat(o.contributions()).isEqualTo(district.contributions()));
        assertThat(coverage.agents("52.71", period, 10)).extracting(CoverageQueries.AgentFigures::agentId).contains(agentId);
    }

    @Test
    void a_coordinator_reads_only_the_parts_of_an_area_in_scope() {
        SignIn.as(users, "coverage-coordinator", Role.COORDINATOR, "52.71.01");
        CoveragePeriod period = new CoveragePeriod(M.minusMonths(2), M);
        CoverageFigures province = coverage.area("52", period);
        assertThat(province.enrolled()).isEqualTo(2);
        assertThat(province.code()).isEqualTo("52");
        assertThat(coverage.children("52", period)).extracting(CoverageFigures::code, CoverageFigures::enrolled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("52.71", 2L));
        assertThat(coverage.area("52.01", period)).isNull();
        assertThat(coverage.area(d, period)).isNull();
        assertThat(coverage.agents("52.01", period, 10)).isEmpty();
        assertThatThrownBy(coverageRebuild::rebuild).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_regional_head_reads_the_province_and_nothing_beyond() {
        SignIn.as(users, "coverage-head", Role.REGIONAL_HEAD, "52");
        CoveragePeriod period = new CoveragePeriod(M.minusMonths(2), M);
        assertThat(coverage.area("52", period).enrolled()).isEqualTo(4);
        assertThat(coverage.area("", period).enrolled()).isEqualTo(4);
        assertThat(coverage.children("", period)).extracting(CoverageFigures::code).containsExactly("52");
        assertThat(coverage.area("35", period)).isNull();
    }

    @Test
    void a_partner_reads_only_the_workers_of_its_own_mous_and_no_reach_events_or_agents() {
        SignIn.as(users, "coverage-partner", Role.PARTNER, "52.71");
        jdbc.update("UPDATE app_user SET partner_id = ? WHERE username = 'coverage-partner'", partnerId);
        CoveragePeriod period = new CoveragePeriod(M.minusMonths(2), M);
        CoverageFigures regency = coverage.area("52.71", period);
        assertThat(regency.enrolled()).isEqualTo(1);
        assertThat(regency.active()).isEqualTo(1);
        assertThat(regency.paidByMou()).isEqualTo(LOWEST);
        assertThat(regency.paidByWorker()).isZero();
        assertThat(regency.reached()).isZero();
        assertThat(regency.eventsHeld()).isZero();
        assertThat(regency.activeAgents()).isZero();
        assertThat(regency.potential()).isZero();
        assertThat(coverage.area(a, period).enrolled()).isEqualTo(1);
        assertThat(coverage.area("52.01", period)).isNull();
        assertThat(coverage.agents("52.71", period, 10)).isEmpty();
        assertThatThrownBy(coverageRebuild::rebuild).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_partner_user_without_a_partner_reads_nothing() {
        SignIn.as(users, "coverage-partner-alone", Role.PARTNER, "52.71");
        assertThat(coverage.area("52.71", CoveragePeriod.month(M))).isNull();
        assertThat(coverage.children("52", CoveragePeriod.month(M))).isEmpty();
    }

    @Test
    void the_agent_leaderboard_ranks_by_the_periods_acquisitions_then_collections_and_keeps_the_limit() {
        asAdmin();
        String home = village("52.03.%", 0);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        long first = agents.register("PRS-LB1-" + System.nanoTime(), "Agen Satu", null, home, "Koperasi", SponsorKind.KOPERASI, today.minusYears(1)).id();
        long second = agents.register("PRS-LB2-" + System.nanoTime(), "Agen Dua", null, home, "Koperasi", SponsorKind.KOPERASI, today.minusYears(1)).id();
        long third = agents.register("PRS-LB3-" + System.nanoTime(), "Agen Tiga", null, home, "Koperasi", SponsorKind.KOPERASI, today.minusYears(1)).id();
        // two acquisitions each for the first two this month (on the 1st and today), one for the third;
        // the third's older workers lie before the period and do not count
        enrolThrough(home, M.atDay(1), first);
        enrolThrough(home, today, first);
        enrolThrough(home, M.atDay(1), second);
        long collectedFrom = enrolThrough(home, today, second);
        enrolThrough(home, M.atDay(1), third);
        enrolThrough(home, M.minusMonths(3).atDay(1), third);
        enrolThrough(home, M.minusMonths(3).atDay(9), third);
        contributions.record(collectedFrom, M, null, null, today, Payer.AGENT, second);

        var board = coverage.agents("52.03", CoveragePeriod.month(M), 10);
        assertThat(board).extracting(CoverageQueries.AgentFigures::agentId, CoverageQueries.AgentFigures::acquisitions,
                        CoverageQueries.AgentFigures::collected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, 2L, LOWEST), org.assertj.core.groups.Tuple.tuple(first, 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple(third, 1L, 0L));
        assertThat(coverage.agents("52.03", CoveragePeriod.month(M), 2)).extracting(CoverageQueries.AgentFigures::agentId)
                .containsExactly(second, first);
        assertThat(coverage.agents("52.03", new CoveragePeriod(M.minusMonths(3), M), 1)).extracting(CoverageQueries.AgentFigures::agentId,
                CoverageQueries.AgentFigures::acquisitions).containsExactly(org.assertj.core.groups.Tuple.tuple(third, 3L));
    }

    @Test
    void the_rebuild_gives_back_the_same_figures() {
        asAdmin();
        CoveragePeriod period = new CoveragePeriod(M.minusMonths(2), M.plusMonths(1));
        List<CoverageFigures> before = coverage.children("52.71.01", period);
        coverageRebuild.rebuild();
        assertThat(coverage.children("52.71.01", period)).isEqualTo(before);
    }

    private void asAdmin() {
        SignIn.as(users, "coverage-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    private long enrol(String village, YearMonth month, Long mouId) {
        String district = village.substring(0, 8).replace(".", "");
        String nik = "%s%02d%02d%02d%04d".formatted(district, 12, 5, 85, SERIAL.incrementAndGet());
        return workers.enroll(new WorkerDraft(nik, "Pekerja Mataram", null, null, null, Occupation.PEDAGANG_PASAR, village, null, null,
                false, 1_000_000, mouId == null ? Funding.SELF : Funding.APBD, mouId, month.atDay(1), null, null, null)).id();
    }

    private long enrolThrough(String village, LocalDate day, long agent) {
        String district = village.substring(0, 8).replace(".", "");
        String nik = "%s%02d%02d%02d%04d".formatted(district, 12, 5, 85, SERIAL.incrementAndGet());
        return workers.enroll(new WorkerDraft(nik, "Pekerja Bima", null, null, null, Occupation.PETANI, village, null, null,
                false, 1_000_000, Funding.SELF, null, day, null, agent, null)).id();
    }

    private String village(String like, int index) {
        return jdbc.queryForList("SELECT code FROM area WHERE level = 'VILLAGE' AND code LIKE ? ORDER BY code", String.class, like).get(index);
    }
}
