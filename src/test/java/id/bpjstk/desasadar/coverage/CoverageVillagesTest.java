package id.bpjstk.desasadar.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bulk per-village read of the store: every village under an area in one read, cut to the caller's scope. */
@IntegrationTest
class CoverageVillagesTest {

    static final YearMonth MONTH = YearMonth.of(2026, 6);

    @Autowired CoverageService coverage;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void cells() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM coverage_cell WHERE level = 4 AND area_code = '16.07.01.1016'", Integer.class) > 0) {
            return;
        }
        // Mariana: 10 enrolled in March, 4 lapse in June (a stock change), a flow of 3 new in June; a future month is not counted
        cell("16.07.01.1016", "2026-03-01", 10, 10, 0);
        cell("16.07.01.1016", "2026-06-01", 3, -4, 3);
        cell("16.07.01.1016", "2026-09-01", 50, 50, 50);
        cell("16.07.02.2001", "2026-01-01", 7, 7, 0);
        cell("16.71.01.1001", "2026-01-01", 99, 99, 0);
        // the district's own row must not be read as a village
        jdbc.update("INSERT INTO coverage_cell (level, area_code, month, mou_id, enrolled_change) VALUES (3, '16.07.01', '2026-03-01', 0, 13)");
        jdbc.update("INSERT INTO coverage_potential (level, area_code, potential) VALUES (4, '16.07.01.1016', 420)");
    }

    private void cell(String village, String month, long enrolled, long active, long newEnrollments) {
        jdbc.update("""
                INSERT INTO coverage_cell (level, area_code, month, mou_id, enrolled_change, active_change, new_enrollments)
                VALUES (4, ?, ?, 0, ?, ?, ?)""", village, month, enrolled, active, newEnrollments);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_village_of_a_regency_comes_with_its_stocks_up_to_the_month_and_its_potential() {
        SignIn.as(users, "cov-villages-bna", Role.COORDINATOR, "16.07");

        List<CoverageFigures> villages = coverage.villages("16.07", CoveragePeriod.month(MONTH));

        assertThat(villages).extracting(CoverageFigures::code).containsExactly("16.07.01.1016", "16.07.02.2001");
        CoverageFigures mariana = villages.getFirst();
        assertThat(mariana.enrolled()).isEqualTo(13);
        assertThat(mariana.active()).isEqualTo(6);
        assertThat(mariana.nonActive()).isEqualTo(7);
        assertThat(mariana.newEnrollments()).isEqualTo(3);
        assertThat(mariana.potential()).isEqualTo(420);
    }

    @Test
    void a_coordinator_asking_for_the_province_gets_only_the_villages_of_their_scope() {
        SignIn.as(users, "cov-villages-dist", Role.COORDINATOR, "16.07.02");

        assertThat(coverage.villages("16", CoveragePeriod.month(MONTH))).extracting(CoverageFigures::code)
                .containsExactly("16.07.02.2001");
        assertThat(coverage.villages("16.71", CoveragePeriod.month(MONTH))).isEmpty();
    }

    @Test
    void an_administrator_reads_the_villages_of_any_area() {
        SignIn.as(users, "cov-villages-admin", Role.ADMIN, AreaScope.NATIONAL);

        assertThat(coverage.villages("16", CoveragePeriod.month(MONTH))).extracting(CoverageFigures::code)
                .containsExactly("16.07.01.1016", "16.07.02.2001", "16.71.01.1001");
    }
}
