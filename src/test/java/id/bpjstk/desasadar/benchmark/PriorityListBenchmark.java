package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.planning.PriorityQuery;
import id.bpjstk.desasadar.planning.PriorityService;
import id.bpjstk.desasadar.planning.PriorityService.Enrolment;
import id.bpjstk.desasadar.planning.PriorityService.EnrolmentSource;
import id.bpjstk.desasadar.planning.VillagePriority;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, item 9: the ranked visit list of a regency of 300+ villages (Banyuasin, 16.07: 313) at 5,000,000 workers
 * answers in ≤ 200 ms server time (p95, printed: no timed assertion), reading the coverage store; the reference is the same list with enrolled and
 * active counted from the worker table, in the same run.
 *
 * <p>Data, self-contained (no other benchmark needed): {@code -Dbenchmark.priority.workers} (default 5,000,000) workers in
 * the coverage store's village cells (24 months), of which {@code -Dbenchmark.priority.regency-workers} (default
 * 500,000, a dense regency) are Banyuasin's and also stored as worker rows (INSERT … SELECT over a sequence table), the
 * store's cells of Banyuasin derived from those rows by the store's own rules (+1 enrolled and active in the enrolment
 * month, −1 active in the third month after the last paid one), so both lists must come out equal — and the benchmark
 * checks they do. The other villages' cells stand for the rest of the country's workers (no worker rows: the
 * reference reads only Banyuasin's rows through their index). Plus Banyuasin's potentials, coordinates, 300 held
 * events, 200 work sites and village heads.
 */
@Tag("benchmark")
@IntegrationTest
class PriorityListBenchmark {

    static final int WORKERS = Integer.getInteger("benchmark.priority.workers", 5_000_000);
    static final int REGENCY_WORKERS = Integer.getInteger("benchmark.priority.regency-workers", 500_000);
    static final int ROUNDS = Integer.getInteger("benchmark.priority.rounds", 30);
    static final String REGENCY = "16.07";

    @Autowired PriorityService priorities;
    @Autowired id.bpjstk.desasadar.coverage.CoverageQueries coverage;
    @Autowired id.bpjstk.desasadar.territory.VillageProfileQueries villageProfiles;
    @Autowired id.bpjstk.desasadar.outreach.EventQueries events;
    @Autowired id.bpjstk.desasadar.site.SiteQueries sites;
    @Autowired id.bpjstk.desasadar.territory.OfficeService offices;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_ranked_list_of_a_regency_at_five_million_workers() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        long loadStart = System.nanoTime();
        load(today);
        long storeWorkers = jdbc.queryForObject("SELECT COALESCE(SUM(enrolled_change), 0) FROM coverage_cell WHERE level = 4 AND month <= ?",
                Long.class, YearMonth.from(today).atDay(1));
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM worker", Long.class);
        System.out.printf("BENCHMARK priority list: loaded %,d workers in the store (%,d worker rows in %s) in %.0f s%n",
                storeWorkers, rows, REGENCY, (System.nanoTime() - loadStart) / 1e9);

        SignIn.as(users, "koordinator.banyuasin", Role.COORDINATOR, REGENCY);
        PriorityQuery query = PriorityQuery.all();
        EnrolmentSource raw = rawWorkerTable();

        // the same list both ways (the store is exact), and 313 villages
        List<VillagePriority> fromStore = priorities.ranked(query);
        List<VillagePriority> fromRows = priorities.rankedWith(query, raw);
        assertThat(fromStore).hasSize(313).isEqualTo(fromRows);

        List<Double> store = new ArrayList<>();
        List<Double> reference = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // alternate, so that neither side profits from the other's warm pages
            long start = System.nanoTime();
            priorities.ranked(query);
            store.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            priorities.rankedWith(query, raw);
            reference.add((System.nanoTime() - start) / 1e6);
        }
        double storeP95 = percentile(store, 95);
        double refP95 = percentile(reference, 95);
        System.out.printf("BENCHMARK priority list %s (313 villages, %,d workers): coverage store median %.1f ms, p95 %.1f ms%n",
                REGENCY, storeWorkers, percentile(store, 50), storeP95);
        System.out.printf("BENCHMARK priority list %s: raw worker table (%,d rows of the regency) median %.1f ms, p95 %.1f ms; ratio p95 %.1fx%n",
                REGENCY, rows, percentile(reference, 50), refP95, refP95 / storeP95);
        // reported, not asserted (no timed assertions): the machine's load decides too much of it
        System.out.printf("BENCHMARK priority list %s: target p95 <= 200 ms %s (load average %s)%n", REGENCY,
                storeP95 <= 200 ? "met" : "NOT met", loadAverage());
        breakdown(today);
    }

    /** Where the time goes: each bulk read of the list on its own (medians), to see which source to speed up. */
    private void breakdown(LocalDate today) {
        var period = id.bpjstk.desasadar.coverage.CoveragePeriod.month(YearMonth.from(today));
        var codes = villageProfiles.places(REGENCY).stream().map(id.bpjstk.desasadar.territory.VillagePlace::code).toList();
        var potentials = new java.util.LinkedHashMap<String, Integer>();
        codes.forEach(c -> potentials.put(c, 100));
        Map<String, Runnable> parts = new java.util.LinkedHashMap<>();
        parts.put("coverage villages", () -> coverage.villages(REGENCY, period));
        parts.put("village places", () -> villageProfiles.places(REGENCY));
        parts.put("last held events", () -> events.lastHeldIn(REGENCY));
        parts.put("criteria (head, staff)", () -> villageProfiles.checks(potentials, java.util.EnumSet.of(
                id.bpjstk.desasadar.territory.DesignationCheck.Criterion.VILLAGE_HEAD_ENROLLED,
                id.bpjstk.desasadar.territory.DesignationCheck.Criterion.VILLAGE_STAFF_ENROLLED)));
        parts.put("sites", () -> sites.inArea(REGENCY));
        parts.put("responsible offices", () -> offices.responsibleBranches(codes));
        parts.put("weights", () -> priorities.weights());
        for (var part : parts.entrySet()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                part.getValue().run();
                times.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf("BENCHMARK priority list part: %-24s median %6.1f ms%n", part.getKey(), percentile(times, 50));
        }
    }

    /** Enrolled and active per village counted from the worker rows, with the same activity rule as the store. */
    private EnrolmentSource rawWorkerTable() {
        return (area, month) -> {
            Map<String, Enrolment> result = new HashMap<>();
            jdbc.query("""
                    SELECT village_code, COUNT(*), SUM(paid_through >= ?) FROM worker
                    WHERE village_code LIKE ? AND enrolled_on <= ? GROUP BY village_code""",
                    rs -> {
                        result.put(rs.getString(1), new Enrolment(rs.getLong(2), rs.getLong(3)));
                    }, month.minusMonths(2).atDay(1), area + ".%", month.atEndOfMonth());
            return result;
        };
    }

    private void load(LocalDate today) {
        BenchmarkDatabase.emptyWorkers(jdbc);
        YearMonth now = YearMonth.from(today);
        LocalDate firstMonth = now.minusMonths(23).atDay(1);
        jdbc.execute("DROP TABLE IF EXISTS bench_village");
        jdbc.execute("CREATE TABLE bench_village (idx INT PRIMARY KEY, code VARCHAR(13) NOT NULL) ENGINE = InnoDB");
        jdbc.update("""
                INSERT INTO bench_village SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM area
                WHERE level = 'VILLAGE' AND code LIKE ?""", REGENCY + ".%");
        int villages = jdbc.queryForObject("SELECT COUNT(*) FROM bench_village", Integer.class);

        // Banyuasin's villages: coordinates around the regency, potentials, statuses, heads, events and sites
        jdbc.update("""
                UPDATE area a JOIN bench_village v ON v.code = a.code
                SET a.lat = -2.2 - (v.idx % 19) * 0.05, a.lng = 104.3 + (v.idx DIV 19) * 0.05""");
        jdbc.update("DELETE FROM village_profile WHERE village_code LIKE ?", REGENCY + ".%");
        jdbc.update("""
                INSERT INTO village_profile (village_code, potential, status, version)
                SELECT code, 1000 + (idx * 37) % 4000, ELT(1 + idx % 4, 'CANDIDATE', 'IN_PROGRESS', 'CANDIDATE', 'DESIGNATED'), 0
                FROM bench_village""");
        jdbc.update("""
                INSERT INTO outreach_event (title, type, planned_start, planned_end, village_code, officer, status, actual_attendance, version)
                SELECT 'Sosialisasi', 'SOSIALISASI_DESA', ? - INTERVAL (s.seq * 7) % 700 DAY, ? - INTERVAL (s.seq * 7) % 700 DAY + INTERVAL 2 HOUR,
                       v.code, 'koordinator.banyuasin', 'HELD', 25, 0
                FROM seq_1_to_300 s JOIN bench_village v ON v.idx = (s.seq * 13) % ?""",
                today.atTime(9, 0), today.atTime(9, 0), villages);
        jdbc.update("""
                INSERT INTO site (name, type, lat, lng, village_code, version)
                SELECT CONCAT('Lokasi ', s.seq), ELT(1 + s.seq % 3, 'PASAR', 'PERKEBUNAN', 'TPI'),
                       a.lat + 0.003, a.lng - 0.002, v.code, 0
                FROM seq_1_to_200 s JOIN bench_village v ON v.idx = (s.seq * 29) % ? JOIN area a ON a.code = v.code""", villages);

        // Banyuasin's workers: one run of payments each, from the enrolment month to paid_through
        jdbc.update("""
                INSERT INTO worker (nik, full_name, sex, birth_date, occupation, village_code, village_role, jht, income_band, funding,
                                    enrolled_on, paid_through, active_from, created_at, created_by)
                SELECT CONCAT('7', LPAD(s.seq, 15, '0')), CONCAT('Pekerja ', s.seq), IF(s.seq % 2 = 0, 'L', 'P'), '1985-06-15',
                       ELT(1 + s.seq % 5, 'PETANI', 'PEKEBUN', 'NELAYAN', 'PEDAGANG_PASAR', 'OJEK'), v.code,
                       IF(s.seq <= ?, IF(s.seq % 2 = 0, 'KEPALA_DESA', 'PERANGKAT_DESA'), NULL), FALSE, 1000000, 'SELF',
                       ? - INTERVAL (s.seq * 11) % 700 DAY,
                       LEAST(LAST_DAY(? - INTERVAL (s.seq * 11) % 700 DAY + INTERVAL (s.seq * 7) % 30 MONTH), ?),
                       ? - INTERVAL (s.seq * 11) % 700 DAY, NOW(), 'benchmark'
                FROM seq_1_to_""" + REGENCY_WORKERS + " s JOIN bench_village v ON v.idx = s.seq % ?",
                villages, today, today, now.atEndOfMonth(), today, villages);
        // their cells, by the store's rules: +1 enrolled and active in the enrolment month, -1 active in the third month after the last paid
        jdbc.update("""
                INSERT INTO coverage_cell (level, area_code, month, mou_id, enrolled_change, active_change)
                SELECT 4, village_code, m, 0, SUM(e), SUM(a) FROM (
                    SELECT village_code, DATE_FORMAT(enrolled_on, '%Y-%m-01') m, 1 e, 1 a FROM worker
                    UNION ALL
                    SELECT village_code, DATE_FORMAT(paid_through + INTERVAL 3 MONTH, '%Y-%m-01'), 0, -1 FROM worker
                ) x GROUP BY village_code, m""");
        // the rest of the country: cells only, 24 months per village, adding up to the remaining workers
        int others = jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND code NOT LIKE ?", Integer.class, REGENCY + ".%");
        double perCell = (WORKERS - REGENCY_WORKERS) / (double) others / 24;
        jdbc.update("""
                INSERT INTO coverage_cell (level, area_code, month, mou_id, enrolled_change, active_change)
                SELECT 4, a.code, ? + INTERVAL m.seq MONTH, 0,
                       FLOOR(? + (CRC32(CONCAT(a.code, m.seq)) % 1000) / 1000), FLOOR(? * 0.6)
                FROM area a JOIN seq_0_to_23 m WHERE a.level = 'VILLAGE' AND a.code NOT LIKE ?""",
                firstMonth, perCell, perCell, REGENCY + ".%");
        jdbc.execute("ANALYZE TABLE coverage_cell, worker, outreach_event, site, village_profile");
        jdbc.execute("DROP TABLE bench_village");
    }

    private static String loadAverage() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
