package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerFilter;
import id.bpjstk.desasadar.enrollment.WorkerService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worker grid's page time at national scale: {@code -Dbenchmark.grid.rows} workers (default 5,000,000) over the
 * real villages, loaded with LOAD DATA, then pages of 50 through the scoped service for the filters a user combines.
 * Prints the median and p95 per case and over all pages.
 */
@Tag("benchmark")
@IntegrationTest
class WorkerGridBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.grid.rows", 5_000_000);
    static final int PAGE = 50;

    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    record Case(String name, String user, Role role, String scope, WorkerFilter filter, int[] offsets) {
    }

    @Test
    void worker_grid_pages_at_national_scale() throws Exception {
        load();
        long event = jdbc.queryForObject("SELECT MIN(id) FROM outreach_event", Long.class);
        long agent = jdbc.queryForObject("SELECT MIN(id) FROM agent", Long.class);
        int[] scroll = {0, 50, 100, 150, 200, 500, 1000, 2000};
        List<Case> cases = List.of(
                new Case("national, no filter", "bench-admin", Role.ADMIN, AreaScope.NATIONAL, WorkerFilter.ALL, scroll),
                new Case("national, deep page (offset 10,000)", "bench-admin", Role.ADMIN, AreaScope.NATIONAL, WorkerFilter.ALL, new int[] {10_000}),
                new Case("province 35, no filter", "bench-jatim", Role.REGIONAL_HEAD, "35", WorkerFilter.ALL, scroll),
                new Case("regency 35.78, no filter", "bench-sby", Role.COORDINATOR, "35.78", WorkerFilter.ALL, scroll),
                new Case("national, occupation NELAYAN", "bench-admin", Role.ADMIN, AreaScope.NATIONAL,
                        new WorkerFilter(null, Occupation.NELAYAN, null, null, null, null), scroll),
                new Case("province 35, active", "bench-jatim", Role.REGIONAL_HEAD, "35",
                        new WorkerFilter(null, null, true, null, null, null), scroll),
                new Case("province 35, non-active", "bench-jatim", Role.REGIONAL_HEAD, "35",
                        new WorkerFilter(null, null, false, null, null, null), scroll),
                new Case("national, self-paid, area 16.07", "bench-admin", Role.ADMIN, AreaScope.NATIONAL,
                        new WorkerFilter("16.07", null, null, Funding.SELF, null, null), scroll),
                new Case("national, one event", "bench-admin", Role.ADMIN, AreaScope.NATIONAL, WorkerFilter.ofEvent(event), scroll),
                new Case("national, one agent", "bench-admin", Role.ADMIN, AreaScope.NATIONAL,
                        new WorkerFilter(null, null, null, null, null, agent), scroll));
        try {
            List<Double> all = new ArrayList<>();
            for (Case c : cases) {
                SignIn.as(users, c.user(), c.role(), c.scope());
                workerQueries.list(c.filter(), 0, PAGE); // warm the plan and the pages of this case once
                List<Double> times = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (int offset : c.offsets()) {
                        long start = System.nanoTime();
                        int size = workerQueries.list(c.filter(), offset, PAGE).size();
                        times.add((System.nanoTime() - start) / 1e6);
                        assertThat(size).isLessThanOrEqualTo(PAGE);
                    }
                }
                all.addAll(times);
                System.out.printf("BENCHMARK worker grid %,d rows: %-40s median %6.1f ms, p95 %6.1f ms%n", ROWS, c.name(),
                        percentile(times, 50), percentile(times, 95));
            }
            System.out.printf("BENCHMARK worker grid %,d rows: all %d pages: median %.1f ms, p95 %.1f ms%n", ROWS, all.size(),
                    percentile(all, 50), percentile(all, 95));
        } finally {
            SignIn.out();
            BenchmarkDatabase.emptyWorkers(jdbc);
        }
    }

    /** The workers, with every third one paid last month and one in a hundred from one event and one agent. */
    private void load() throws Exception {
        Path file = Path.of("target/benchmark-grid-workers.csv").toAbsolutePath();
        new WorkerCsvGenerator(WorkerCsvGenerator.officialVillages(), 5_000_000L).write(file, ROWS);
        BenchmarkDatabase.prepare(jdbc);
        jdbc.update("""
                INSERT INTO outreach_event (title, type, planned_start, planned_end, village_code, officer, status)
                VALUES ('Benchmark', 'SOSIALISASI_DESA', NOW(), NOW(), '35.78.01.1001', 'bench', 'HELD')""");
        jdbc.update("""
                INSERT INTO agent (registration_number, name, home_area, sponsor_name, sponsor_kind, start_date)
                VALUES ('BENCH-1', 'Agen Benchmark', '35.78', 'Koperasi', 'KOPERASI', CURDATE())""");
        long start = System.nanoTime();
        jdbc.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE worker CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY ';' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' IGNORE 1 LINES"
                + " (nik, full_name, sex, birth_date, @phone, occupation, village_code, @jht, income_band, funding, enrolled_on, @kpj)"
                + " SET phone = IF(@phone = '', NULL, CONCAT('+62', SUBSTRING(@phone, 2))), jht = (@jht = 'ya'),"
                + " kpj = NULLIF(@kpj, ''), created_at = NOW(), created_by = 'benchmark',"
                + " paid_through = IF(CRC32(nik) % 3 = 0, DATE_FORMAT(NOW() - INTERVAL 1 MONTH, '%Y-%m-01'), NULL),"
                + " active_from = paid_through,"
                + " event_id = IF(CRC32(nik) % 100 = 1, (SELECT MIN(id) FROM outreach_event), NULL),"
                + " agent_id = IF(CRC32(nik) % 100 = 2, (SELECT MIN(id) FROM agent), NULL)");
        System.out.printf("BENCHMARK worker grid: %,d rows loaded in %,d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);
        Files.deleteIfExists(file);
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1];
    }
}
