package id.bpjstk.desasadar.enrollment;

import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.BANYUASIN_VILLAGE;
import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.SURABAYA_VILLAGE;
import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.TODAY;
import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.nik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.SponsorKind;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ContributionServiceTest {

    static final YearMonth THIS_MONTH = YearMonth.from(TODAY);
    /** Band Rp1.000.000 without JHT: JKK 1 % (Rp10.000) + JKM Rp6.800. */
    static final long LOWEST = 16_800;

    @Autowired ContributionService contributions;
    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired AgentService agents;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "contribution-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void one_paid_month_keeps_a_worker_active_for_three_months_and_a_back_filled_month_joins_two_runs() {
        long id = enrol(LocalDate.of(2025, 1, 10), null).id();

        pay(id, YearMonth.of(2025, 1));
        ActivityState state = stored(id);
        assertThat(state).isEqualTo(new ActivityState(YearMonth.of(2025, 1), YearMonth.of(2025, 1)));
        assertThat(state.activeIn(YearMonth.of(2025, 3))).isTrue();
        assertThat(state.activeIn(YearMonth.of(2025, 4))).isFalse();
        assertThat(state.statusSince(YearMonth.of(2025, 4), YearMonth.of(2025, 1))).isEqualTo(YearMonth.of(2025, 4));

        pay(id, YearMonth.of(2025, 5));
        assertThat(stored(id)).isEqualTo(new ActivityState(YearMonth.of(2025, 5), YearMonth.of(2025, 5)));
        assertThat(ActivityState.activeIn(paidMonths(id), YearMonth.of(2025, 4))).isFalse();

        pay(id, YearMonth.of(2025, 4));
        assertThat(stored(id)).isEqualTo(new ActivityState(YearMonth.of(2025, 5), YearMonth.of(2025, 1)));
        assertThat(ActivityState.activeIn(paidMonths(id), YearMonth.of(2025, 4))).isTrue();
        assertThat(contributions.ofWorker(id)).extracting(ContributionView::month)
                .containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 4), YearMonth.of(2025, 1));
    }

    @Test
    void the_worker_list_shows_active_until_the_third_unpaid_month_and_active_again_once_paid() {
        long id = enrol(THIS_MONTH.minusMonths(6).atDay(1), null).id();
        pay(id, THIS_MONTH.minusMonths(3));
        WorkerView lapsed = workerQueries.find(id).orElseThrow();
        assertThat(lapsed.active()).isFalse();
        assertThat(lapsed.statusSince()).isEqualTo(THIS_MONTH);

        pay(id, THIS_MONTH.minusMonths(2));
        WorkerView active = workerQueries.find(id).orElseThrow();
        assertThat(active.active()).isTrue();
        assertThat(active.statusSince()).isEqualTo(THIS_MONTH.minusMonths(3));
        assertThat(workerQueries.list(new WorkerFilter(BANYUASIN_VILLAGE, null, true, null, null, null), 0, 10_000))
                .extracting(WorkerView::id).contains(id);
    }

    @Test
    void the_amount_comes_from_the_tariffs_and_an_override_needs_a_reason() {
        long id = enrol(THIS_MONTH.minusMonths(2).atDay(1), null).id();

        ContributionView computed = pay(id, THIS_MONTH.minusMonths(2));
        assertThat(computed.amount()).isEqualTo(LOWEST);
        assertThat(computed.computedAmount()).isEqualTo(LOWEST);
        assertViolation(() -> contributions.record(id, THIS_MONTH.minusMonths(1), 20_000L, " ", TODAY, Payer.WORKER, null),
                "contribution.error.reason-required");

        ContributionView overridden = contributions.record(id, THIS_MONTH.minusMonths(1), 20_000L, "Dibayar termasuk denda",
                TODAY, Payer.WORKER, null);
        assertThat(overridden.amount()).isEqualTo(20_000);
        assertThat(overridden.computedAmount()).isEqualTo(LOWEST);
        assertThat(overridden.overrideReason()).isEqualTo("Dibayar termasuk denda");
    }

    @Test
    void payments_that_break_a_rule_are_refused_and_store_nothing() {
        long id = enrol(THIS_MONTH.minusMonths(1).atDay(15), null).id();
        pay(id, THIS_MONTH);

        assertViolation(() -> pay(id, THIS_MONTH.minusMonths(2)), "contribution.error.before-enrollment");
        assertViolation(() -> pay(id, THIS_MONTH.plusMonths(1)), "contribution.error.future-month");
        assertViolation(() -> pay(id, THIS_MONTH), "contribution.error.already-paid");
        assertViolation(() -> contributions.record(id, THIS_MONTH.minusMonths(1), null, null, TODAY.plusDays(1), Payer.WORKER, null),
                "contribution.error.paid-on");
        long someMou = jdbc.queryForObject("SELECT MIN(id) FROM mou", Long.class);
        assertViolation(() -> contributions.record(id, THIS_MONTH.minusMonths(1), null, null, TODAY, Payer.MOU, someMou),
                "contribution.error.mou-not-funding");
        AgentView agent = agent("16.07");
        assertViolation(() -> contributions.record(id, THIS_MONTH.minusMonths(1), null, null, TODAY, Payer.AGENT, agent.id()),
                "contribution.error.agent-not-workers");
        assertThat(contributions.ofWorker(id)).singleElement().extracting(ContributionView::month).isEqualTo(THIS_MONTH);

        SignIn.as(users, "contribution-jatim", Role.COORDINATOR, "35");
        assertViolation(() -> pay(id, THIS_MONTH.minusMonths(1)), "contribution.error.worker-not-found");
        assertThat(contributions.ofWorker(id)).isEmpty();
        SignIn.as(users, "contribution-reader", Role.REGIONAL_HEAD, "16");
        assertThatThrownBy(() -> pay(id, THIS_MONTH.minusMonths(1))).isInstanceOf(AccessDeniedException.class);
        assertThat(contributions.ofWorker(id)).hasSize(1);
    }

    @Test
    void an_agent_outside_the_callers_scope_cannot_be_the_payer_even_when_it_is_the_workers_agent() {
        SignIn.as(users, "contribution-admin", Role.ADMIN, AreaScope.NATIONAL);
        AgentView provincial = agent("16");
        long id = enrol(TODAY, provincial.id()).id();

        SignIn.as(users, "contribution-coordinator", Role.COORDINATOR, "16.07");
        assertViolation(() -> contributions.record(id, THIS_MONTH, null, null, TODAY, Payer.AGENT, provincial.id()),
                "contribution.error.agent-not-workers");
    }

    @Test
    void a_mou_pays_for_the_workers_it_funds_and_the_partner_sees_those_payments() {
        SignIn.as(users, "contribution-surabaya", Role.COORDINATOR, "35");
        MouView surabaya = partners.mousCovering(SURABAYA_VILLAGE, TODAY).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow();
        long id = workers.enroll(WorkerServiceTest.draft(nik("357801", 4, 1, 80), SURABAYA_VILLAGE, Funding.APBD, surabaya.id()).d()).id();

        ContributionView paid = contributions.record(id, THIS_MONTH, null, null, TODAY, Payer.MOU, surabaya.id());
        assertThat(paid.payerMouId()).isEqualTo(surabaya.id());

        SignIn.as(users, "pemkot.surabaya", Role.PARTNER, "35.78");
        assertThat(contributions.ofWorker(id)).extracting(ContributionView::payer).containsExactly(Payer.MOU);
    }

    @Test
    void an_agent_earns_seven_and_a_half_percent_of_what_it_collected_and_the_sponsor_ten_percent_of_that() {
        AgentView agent = agent("16.07");
        long first = enrol(TODAY, agent.id()).id();
        long second = enrol(TODAY, agent.id()).id();
        contributions.record(first, THIS_MONTH, null, null, TODAY, Payer.AGENT, agent.id());
        contributions.record(second, THIS_MONTH, 20_001L, "Termasuk tunggakan", TODAY, Payer.AGENT, agent.id());
        pay(enrol(TODAY, agent.id()).id(), THIS_MONTH); // paid by the worker: not the agent's collection

        AgentCollection collected = contributions.agentCollected(agent.id(), THIS_MONTH, THIS_MONTH);

        // 36,801 × 7.5 % = 2,760.075 → 2,760; 10 % of that = 276 to the sponsor
        assertThat(collected).isEqualTo(new AgentCollection(agent.id(), THIS_MONTH, THIS_MONTH, 2, 36_801, 2_760, 276, 2_484));
        assertThat(contributions.agentCollected(agent.id(), THIS_MONTH.minusMonths(2), THIS_MONTH.minusMonths(1)).collected()).isZero();
        SignIn.as(users, "contribution-jatim", Role.COORDINATOR, "35");
        assertViolation(() -> contributions.agentCollected(agent.id(), THIS_MONTH, THIS_MONTH), "agent.error.not-found");
    }

    private WorkerView enrol(LocalDate enrolledOn, Long agentId) {
        WorkerDraft d = WorkerServiceTest.draft(nik("160705", 10, 2, 91), BANYUASIN_VILLAGE, Funding.SELF, null).withEnrolledOn(enrolledOn).d();
        return workers.enroll(new WorkerDraft(d.nik(), d.fullName(), d.sex(), d.birthDate(), d.phone(), d.occupation(), d.villageCode(),
                d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.mouId(), d.enrolledOn(), d.eventId(), agentId, d.kpj()));
    }

    private AgentView agent(String homeArea) {
        return agents.register("PRS-C-" + System.nanoTime(), "Agen Iuran", null, homeArea, "Koperasi Sejahtera", SponsorKind.KOPERASI,
                TODAY.minusYears(1));
    }

    private ContributionView pay(long workerId, YearMonth month) {
        return contributions.record(workerId, month, null, null, TODAY, Payer.WORKER, null);
    }

    private ActivityState stored(long workerId) {
        return jdbc.queryForObject("SELECT paid_through, active_from FROM worker WHERE id = ?", (rs, i) -> new ActivityState(
                YearMonth.from(rs.getObject(1, LocalDate.class)), YearMonth.from(rs.getObject(2, LocalDate.class))), workerId);
    }

    private List<YearMonth> paidMonths(long workerId) {
        return contributions.ofWorker(workerId).stream().map(ContributionView::month).toList();
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
