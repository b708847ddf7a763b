package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo population, switched on in a context of its own with 2,000 workers and a fixed clock (so that its months,
 * and with them its counts, are the same on every run): generated once at start, by the rules, and never again.
 */
@SpringBootTest(properties = {"app.demo-population.enabled=true", "app.demo-population.workers=2000"})
@ActiveProfiles("test")
class DemoPopulationTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-15T03:00:00Z"), JAKARTA);
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return FIXED;
        }
    }

    @Autowired DemoPopulation population;
    @Autowired JdbcTemplate jdbc;
    @Autowired CoverageService coverage;
    @Autowired UserService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_start_generates_the_same_population_every_time() {
        assertThat(count("SELECT COUNT(*) FROM worker WHERE created_by = 'demo-population'")).isEqualTo(2000);
        assertThat(List.of(
                count("SELECT COUNT(*) FROM contribution WHERE created_by = 'demo-population'"),
                count("SELECT COUNT(*) FROM worker WHERE created_by = 'demo-population' AND mou_id IS NOT NULL"),
                count("SELECT COUNT(*) FROM worker WHERE created_by = 'demo-population' AND agent_id IS NOT NULL"),
                count("SELECT COUNT(*) FROM agent"),
                count("SELECT COUNT(*) FROM outreach_event WHERE status = 'HELD'"),
                count("SELECT COUNT(*) FROM outreach_event WHERE status = 'PLANNED'"),
                count("SELECT COUNT(*) FROM village_profile WHERE potential > 0"),
                count("SELECT COALESCE(SUM(amount), 0) FROM contribution")))
                .as("contributions, MoU-funded, acquired by an agent, agents, held and planned events, villages with a potential, rupiah paid")
                .containsExactly(9497L, 70L, 432L, 204L, 401L, 8L, 66L, 215_449_600L);
    }

    @Test
    void every_generated_worker_has_a_nik_that_passes_the_rules_and_matches_the_worker() {
        Set<String> areas = new HashSet<>(jdbc.queryForList("SELECT code FROM area", String.class));
        var rows = jdbc.queryForList("SELECT nik, sex, birth_date, village_code, enrolled_on FROM worker WHERE created_by = 'demo-population'");
        assertThat(rows).hasSize(2000);
        for (var row : rows) {
            String nik = (String) row.get("nik");
            NikCheck check = Nik.check(nik, ((java.sql.Date) row.get("enrolled_on")).toLocalDate(), areas::contains);
            assertThat(check.valid()).as(nik).isTrue();
            assertThat(check.warnings()).as(nik).isEmpty();
            assertThat(check.against("P".equals(row.get("sex")) ? Sex.FEMALE : Sex.MALE,
                    ((java.sql.Date) row.get("birth_date")).toLocalDate()).valid()).as(nik).isTrue();
            assertThat(check.nik().district()).isEqualTo(((String) row.get("village_code")).substring(0, 8));
        }
    }

    @Test
    void some_workers_lapsed_into_non_active_and_most_are_active() {
        LocalDate minimum = ActivityState.minimumPaidThrough(LAST_MONTH).atDay(1);
        long active = count("SELECT COUNT(*) FROM worker WHERE created_by = 'demo-population' AND paid_through >= ?", minimum);
        long lapsed = count("SELECT COUNT(*) FROM worker WHERE created_by = 'demo-population' AND paid_through < ?", minimum);
        long neverPaid = count("SELECT COUNT(*) FROM worker WHERE created_by = 'demo-population' AND paid_through IS NULL");
        assertThat(lapsed).isPositive();
        assertThat(neverPaid).isPositive();
        assertThat(active).isGreaterThan(lapsed + neverPaid);
    }

    @Test
    void the_coverage_of_jawa_timur_shows_the_population() {
        SignIn.as(users, "demo-population-reader", Role.ADMIN, AreaScope.NATIONAL);
        CoverageFigures east = coverage.area("35", new CoveragePeriod(LAST_MONTH.minusMonths(17), LAST_MONTH.plusMonths(1)));
        CoverageFigures south = coverage.area("16", new CoveragePeriod(LAST_MONTH.minusMonths(17), LAST_MONTH.plusMonths(1)));

        assertThat(east.enrolled()).isPositive();
        assertThat(east.enrolled() + south.enrolled()).isEqualTo(2000);
        assertThat(east.active()).isPositive().isLessThan(east.enrolled());
        assertThat(east.nonActive()).isPositive();
        assertThat(east.contributions()).isPositive();
        assertThat(east.paidByMou()).isPositive();
        assertThat(east.paidByAgent() + south.paidByAgent()).isPositive();
        assertThat(east.eventsHeld()).isPositive();
        assertThat(east.potential()).isPositive();
        assertThat(east.enrolledWherePotential()).isEqualTo(east.enrolled());
    }

    @Test
    void a_second_start_adds_nothing() {
        long workers = count("SELECT COUNT(*) FROM worker");
        long contributions = count("SELECT COUNT(*) FROM contribution");
        long events = count("SELECT COUNT(*) FROM outreach_event");
        long agents = count("SELECT COUNT(*) FROM agent");

        DemoPopulation.Counts again = population.create();

        assertThat(again.workers()).isZero();
        assertThat(List.of(count("SELECT COUNT(*) FROM worker"), count("SELECT COUNT(*) FROM contribution"),
                count("SELECT COUNT(*) FROM outreach_event"), count("SELECT COUNT(*) FROM agent")))
                .containsExactly(workers, contributions, events, agents);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
