package id.bpjstk.desasadar.benchmark;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coverage benchmarks' population, generated on the server by {@code INSERT … SELECT} from MariaDB's sequence
 * engine ({@code seq_1_to_N}): {@code WORKERS} workers spread evenly over the official villages of {@code area}, 18
 * months of contributions with lapses, 4 Perisai agents per regency, held events with attendance, and one municipal
 * MoU (Surabaya) funding a quarter of its workers. Everything is a pure function of the worker id, so the figures are
 * the same on every generation.
 *
 * <p>Payments, by worker id: one worker in ten never pays; the others enrol in a month spread over the 18 months of
 * the window and the 6 before it, pay from their enrolment (or the window's start) for 3 to 18 months, then stop —
 * non-active three months later; one in seven of those who stopped early resumes five months later. About 6.8 paid
 * months per worker on average (fewer than 18: generating ~90 million rows takes too long on this machine).
 *
 * <p>The generated database is kept (the benchmark runs on {@code DB_URL}'s own database, not a fresh one) and reused
 * when its worker count matches; {@code -Dbenchmark.coverage.regenerate=true} generates again.
 */
final class CoverageBenchmarkData {

    static final int WORKERS = Integer.getInteger("benchmark.coverage.workers", 5_000_000);
    static final int MONTHS = 18;
    static final int EVENTS = 200_000;
    static final int CHUNK = 500_000;

    /** The window's first month: the 18 months end with last month. */
    static final YearMonth FIRST = YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(MONTHS);

    private CoverageBenchmarkData() {
    }

    /** True when the database already holds this population (then nothing is generated). */
    static boolean present(JdbcTemplate jdbc) {
        Long workers = jdbc.queryForObject("SELECT COUNT(*) FROM worker", Long.class);
        Long agents = jdbc.queryForObject("SELECT COUNT(*) FROM agent WHERE registration_number LIKE 'BENCH-%'", Long.class);
        Boolean paid = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM contribution WHERE worker_id = ?)", Boolean.class, WORKERS - 1);
        if (Boolean.getBoolean("benchmark.coverage.reuse") && workers != null && workers == WORKERS) {
            return true; // whatever payments are there (a generation finished by hand, docs/benchmarks.md)
        }
        return workers != null && workers == WORKERS && agents != null && agents > 0 && Boolean.TRUE.equals(paid);
    }

    /** Empties the raw tables and the store, then generates; prints how long each part took. */
    static void generate(JdbcTemplate jdbc) {
        BenchmarkDatabase.prepare(jdbc);
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
                for (String t : new String[] {"contribution", "coverage_cell", "coverage_agent_sign", "worker", "outreach_event_agent"}) {
                    s.execute("TRUNCATE TABLE " + t);
                }
                s.execute("DELETE FROM outreach_event WHERE officer = 'benchmark'");
                s.execute("DELETE FROM agent WHERE registration_number LIKE 'BENCH-%'");
                s.execute("DELETE FROM mou WHERE number = 'BENCH-MOU-1'");
                s.execute("DELETE FROM partner WHERE name = 'Pemkot Surabaya (benchmark)'");
                long t0 = System.nanoTime();
                references(s);
                long t1 = System.nanoTime();
                workers(s);
                long t2 = System.nanoTime();
                contributions(s);
                long t3 = System.nanoTime();
                events(s);
                long t4 = System.nanoTime();
                s.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
                long payments = count(s, "SELECT COUNT(*) FROM contribution");
                System.out.printf("BENCHMARK coverage data: generated %,d workers in %,d ms, %,d contributions (%.1f per worker) in %,d ms,"
                                + " %,d events in %,d ms (agents, MoU: %,d ms)%n", WORKERS, ms(t1, t2), payments, (double) payments / WORKERS,
                        ms(t2, t3), EVENTS, ms(t3, t4), ms(t0, t1));
            }
            return null;
        });
    }

    private static void references(Statement s) throws SQLException {
        LocalDate first = FIRST.atDay(1);
        s.execute("""
                INSERT INTO agent (registration_number, name, home_area, sponsor_name, sponsor_kind, start_date)
                SELECT CONCAT('BENCH-', r.code, '-', k.seq), CONCAT('Agen ', r.name, ' ', k.seq), r.code, 'Koperasi Benchmark',
                       'KOPERASI', '%s' - INTERVAL 6 MONTH
                FROM area r JOIN seq_0_to_3 k WHERE r.level = 'REGENCY'""".formatted(first));
        s.execute("INSERT INTO partner (kind, name, area_code) VALUES ('MUNICIPALITY', 'Pemkot Surabaya (benchmark)', '35.78')");
        s.execute("""
                INSERT INTO mou (partner_id, number, title, starts_on, ends_on, quota)
                SELECT id, 'BENCH-MOU-1', 'APBD Surabaya (benchmark)', '%s' - INTERVAL 12 MONTH, '%s' + INTERVAL 36 MONTH, 1000000
                FROM partner WHERE name = 'Pemkot Surabaya (benchmark)'""".formatted(first, first));
        s.execute("INSERT INTO mou_area (mou_id, area_code) SELECT id, '35.78' FROM mou WHERE number = 'BENCH-MOU-1'");
        s.execute("DROP TEMPORARY TABLE IF EXISTS bench_village");
        s.execute("""
                CREATE TEMPORARY TABLE bench_village (n INT NOT NULL PRIMARY KEY, code VARCHAR(13) NOT NULL) ENGINE = InnoDB
                AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 n, code FROM area WHERE level = 'VILLAGE'""");
        s.execute("DROP TEMPORARY TABLE IF EXISTS bench_agent");
        s.execute("""
                CREATE TEMPORARY TABLE bench_agent (regency VARCHAR(13) NOT NULL, k INT NOT NULL, id BIGINT NOT NULL,
                PRIMARY KEY (regency, k)) ENGINE = InnoDB
                AS SELECT home_area regency, CAST(SUBSTRING_INDEX(registration_number, '-', -1) AS INT) k, id
                FROM agent WHERE registration_number LIKE 'BENCH-%'""");
    }

    /*
     * A worker's plan, from its id: enrolment month index e (-6 … 17 in the window), first paid index s0, end of the
     * first run (exclusive) end1, and whether it resumes (a second run from end1 + 5 to the window's end).
     */
    private static final String PLAN = """
            GREATEST(%1$s * 31 %% 24 - 6, 0) s0,
            LEAST(GREATEST(%1$s * 31 %% 24 - 6, 0) + 3 + %1$s * 17 %% 16, 18) end1,
            %1$s %% 10 <> 0 payer,
            %1$s %% 7 = 3 AND LEAST(GREATEST(%1$s * 31 %% 24 - 6, 0) + 3 + %1$s * 17 %% 16, 18) + 5 < 18 resumes""";

    private static void workers(Statement s) throws SQLException {
        long villages = count(s, "SELECT COUNT(*) FROM bench_village");
        String first = FIRST.atDay(1).toString();
        for (int from = 1; from <= WORKERS; from += CHUNK) {
            int to = Math.min(WORKERS, from + CHUNK - 1);
            s.execute("""
                    INSERT INTO worker (id, nik, full_name, sex, birth_date, occupation, village_code, jht, income_band, funding,
                                        mou_id, enrolled_on, agent_id, paid_through, active_from, created_at, created_by)
                    SELECT p.seq, LPAD(p.seq, 16, '0'), CONCAT('Pekerja ', p.seq), IF(p.seq %% 2 = 0, 'L', 'P'),
                           '1965-01-01' + INTERVAL (p.seq %% 14000) DAY,
                           ELT(1 + p.seq %% 9, 'PETANI', 'PEKEBUN', 'NELAYAN', 'PEDAGANG_PASAR', 'PEDAGANG_KELILING', 'JURU_PARKIR',
                               'OJEK', 'INDUSTRI_RUMAHAN', 'LAINNYA'),
                           v.code, p.seq %% 4 = 0, 1 + p.seq %% 3,
                           IF(v.code LIKE '35.78.%%' AND p.seq %% 4 = 0, 'APBD', 'SELF'),
                           IF(v.code LIKE '35.78.%%' AND p.seq %% 4 = 0, (SELECT id FROM mou WHERE number = 'BENCH-MOU-1'), NULL),
                           '%2$s' + INTERVAL (p.seq * 31 %% 24 - 6) MONTH + INTERVAL (p.seq %% 28) DAY,
                           IF(p.seq %% 5 = 0, (SELECT a.id FROM bench_agent a WHERE a.regency = LEFT(v.code, 5) AND a.k = p.seq DIV 5 %% 4), NULL),
                           IF(p.payer, '%2$s' + INTERVAL IF(p.resumes, 17, p.end1 - 1) MONTH, NULL),
                           IF(p.payer, '%2$s' + INTERVAL IF(p.resumes, p.end1 + 5, p.s0) MONTH, NULL),
                           NOW(), 'benchmark'
                    FROM (SELECT CAST(seq AS SIGNED) seq, %3$s FROM seq_%4$d_to_%5$d) p
                    JOIN bench_village v ON v.n = p.seq * 7919 %% %1$d""".formatted(villages, first, PLAN.formatted("CAST(seq AS SIGNED)"), from, to));
        }
    }

    private static void contributions(Statement s) throws SQLException {
        String first = FIRST.atDay(1).toString();
        for (int from = 1; from <= WORKERS; from += CHUNK) {
            int to = Math.min(WORKERS, from + CHUNK - 1);
            s.execute("""
                    INSERT INTO contribution (worker_id, month, amount, computed_amount, paid_on, payer, payer_mou_id, payer_agent_id,
                                              created_at, created_by)
                    SELECT w.id, '%1$s' + INTERVAL j.seq MONTH, IF(w.jht, 36800, 16800), IF(w.jht, 36800, 16800),
                           '%1$s' + INTERVAL j.seq MONTH + INTERVAL (w.id %% 20) DAY,
                           IF(w.mou_id IS NOT NULL, 'MOU', IF(w.agent_id IS NOT NULL AND (w.id + j.seq) %% 3 = 0, 'AGENT', 'WORKER')),
                           w.mou_id, IF(w.mou_id IS NULL AND w.agent_id IS NOT NULL AND (w.id + j.seq) %% 3 = 0, w.agent_id, NULL),
                           NOW(), 'benchmark'
                    FROM (SELECT id, jht, mou_id, agent_id, %2$s FROM worker WHERE id BETWEEN %3$d AND %4$d) w
                    JOIN seq_0_to_17 j ON w.payer AND ((j.seq >= w.s0 AND j.seq < w.end1) OR (w.resumes AND j.seq >= w.end1 + 5))"""
                    .formatted(first, PLAN.formatted("id"), from, to));
        }
    }

    /** Held events over the window (their attendance is the reach), and one in ten still planned. */
    private static void events(Statement s) throws SQLException {
        long villages = count(s, "SELECT COUNT(*) FROM bench_village");
        s.execute("""
                INSERT INTO outreach_event (title, type, planned_start, planned_end, village_code, officer, status, actual_attendance)
                SELECT CONCAT('Sosialisasi ', e.seq), 'SOSIALISASI_DESA', e.start, e.start + INTERVAL 2 HOUR, v.code, 'benchmark',
                       IF(e.seq %% 10 = 0, 'PLANNED', 'HELD'), IF(e.seq %% 10 = 0, NULL, 20 + e.seq %% 60)
                FROM (SELECT seq, IF(seq %% 10 = 0, CURDATE() + INTERVAL (seq %% 60) DAY, '%3$s' + INTERVAL (seq %% 540) DAY)
                             + INTERVAL 9 HOUR start FROM seq_1_to_%2$d) e
                JOIN bench_village v ON v.n = e.seq * 104729 %% %1$d""".formatted(villages, EVENTS, FIRST.atDay(1)));
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
