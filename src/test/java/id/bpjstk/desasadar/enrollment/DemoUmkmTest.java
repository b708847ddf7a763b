package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo company's UMKM binaan, switched on with a small demo population in a context of its own and a fixed clock:
 * its page is not empty on a first start, for the company (its own MoU's workers) and for officers (every linked worker).
 */
@SpringBootTest(properties = {"app.demo-population.enabled=true", "app.demo-population.workers=2000", "app.demo-umkm.enabled=true"})
@ActiveProfiles("test")
class DemoUmkmTest {

    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-15T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return FIXED;
        }
    }

    @Autowired DemoUmkm demo;
    @Autowired UmkmService umkm;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_demo_company_sees_its_umkm_with_workers_of_its_own_mou_and_officers_see_more() {
        long company = jdbc.queryForObject("SELECT id FROM partner WHERE name = ?", Long.class, DemoUmkm.COMPANY);
        users.runAs(DemoUmkm.USER, () -> {
            UmkmAreaFigures own = umkm.totals(company);
            assertThat(own.umkm()).isEqualTo(36);
            assertThat(own.estimatedWorkers()).isGreaterThan(own.enrolled());
            assertThat(own.enrolled()).isPositive();
            assertThat(own.active()).isPositive().isLessThan(own.enrolled());
        });
        users.runAs("admin", () -> assertThat(umkm.totals(company).enrolled()).isGreaterThan(36 * 2));
    }

    @Test
    void a_second_start_adds_no_umkm_and_no_worker() {
        List<Long> before = List.of(count("SELECT COUNT(*) FROM site"), count("SELECT COUNT(*) FROM worker"),
                count("SELECT COUNT(*) FROM worker WHERE site_id IS NOT NULL"), count("SELECT COUNT(*) FROM mou"));

        demo.onStart();

        assertThat(List.of(count("SELECT COUNT(*) FROM site"), count("SELECT COUNT(*) FROM worker"),
                count("SELECT COUNT(*) FROM worker WHERE site_id IS NOT NULL"), count("SELECT COUNT(*) FROM mou"))).isEqualTo(before);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
