package id.bpjstk.desasadar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AgentServiceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired AgentService agents;
    @Autowired UserService users;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "agent-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_agent_without_acquisitions_is_inactive_three_months_after_starting_until_reactivated() {
        AgentView fresh = agents.register("PRS-" + System.nanoTime(), "Siti Aminah", "081234567890", "16.07.01",
                "Koperasi Tani Makmur", SponsorKind.KOPERASI, TODAY.minusMonths(1));
        AgentView old = agents.register("PRS-" + System.nanoTime(), "Budi Santoso", null, "16.07.02",
                "Yayasan Nelayan Sejahtera", SponsorKind.YAYASAN, TODAY.minusMonths(4));

        assertThat(fresh.activity().active()).isTrue();
        assertThat(old.activity().active()).isFalse();
        assertThat(old.activity().inactiveSince()).isEqualTo(TODAY.minusMonths(4).plusMonths(3));

        SignIn.as(users, "agent-admin", Role.ADMIN, AreaScope.NATIONAL);
        assertThat(agents.reactivate(old.id()).activity().active()).isTrue();
    }

    @Test
    void bad_registrations_are_refused_and_only_an_administrator_reactivates() {
        String number = "PRS-" + System.nanoTime();
        agents.register(number, "Agen Satu", null, "16.07", "CV Maju", SponsorKind.CV, TODAY);

        assertViolation(() -> agents.register(number, "Agen Dua", null, "16.07", "CV Maju", SponsorKind.CV, TODAY), "agent.error.duplicate");
        assertViolation(() -> agents.register("X-1", "Agen", null, "35.78", "CV Maju", SponsorKind.CV, TODAY), "agent.error.area-out-of-scope");
        assertViolation(() -> agents.register("X-2", "Agen", null, "16.07", "CV Maju", SponsorKind.CV, TODAY.plusDays(1)), "agent.error.start");
        assertViolation(() -> agents.register("X-3", " ", null, "16.07", "CV Maju", SponsorKind.CV, TODAY), "agent.error.name");
        long id = agents.list().getFirst().id();
        assertThatThrownBy(() -> agents.reactivate(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_commission_rule_is_data_with_validity_dates() {
        CommissionRule rule = agents.commissionOn(TODAY).orElseThrow();

        assertThat(rule.agentPercent()).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(rule.sponsorPercent()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(agents.commissionOn(LocalDate.of(2019, 12, 31))).isEmpty();
    }

    @Test
    void a_partner_sees_no_agents_and_so_no_figures_about_workers_it_does_not_fund() {
        long someAgent = agents.register("PRS-" + System.nanoTime(), "Rina Wati", null, "16.07.01", "CV Maju", SponsorKind.CV, TODAY).id();
        assertThat(agents.list()).as("the coordinator's agents").isNotEmpty();

        SignIn.as(users, "agent-partner", Role.PARTNER, "16.07");
        assertThat(agents.list()).isEmpty();
        assertThat(agents.find(someAgent)).isEmpty();
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** Issue 13, item 15: an agent's and a sponsor's name pasted with line breaks are stored on one line. */
    @Test
    void names_with_line_breaks_are_stored_on_one_line() {
        AgentView agent = agents.register("PRS-" + System.nanoTime(), "Siti\r\nAminah\u0000", null, "16.07.01",
                "Koperasi\nTani\tMakmur", SponsorKind.KOPERASI, TODAY);

        assertThat(agent.name()).isEqualTo("Siti Aminah");
        assertThat(agent.sponsorName()).isEqualTo("Koperasi Tani Makmur");
    }

    /** Bad input gets a clear message: the phone column holds 20 characters, and a number that is no phone was kept. */
    @Test
    void a_phone_that_is_no_indonesian_mobile_is_refused_and_a_typed_one_is_kept_in_international_form() {
        int registered = agents.list().size();
        assertViolation(() -> agents.register("PRS-" + System.nanoTime(), "Agen", "0812 3456 7890 / 0813 1111 2222", "16.07",
                "CV Maju", SponsorKind.CV, TODAY), "phone.error.format");
        assertViolation(() -> agents.register("PRS-" + System.nanoTime(), "Agen", "belum ada", "16.07", "CV Maju", SponsorKind.CV,
                TODAY), "phone.error.format");
        assertThat(agents.list()).hasSize(registered);

        AgentView agent = agents.register("PRS-" + System.nanoTime(), "Agen", "0812-3456-7890", "16.07", "CV Maju", SponsorKind.CV, TODAY);
        assertThat(agent.phone()).isEqualTo("+6281234567890");
    }
}
