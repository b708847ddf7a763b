package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageRebuild;
import id.bpjstk.desasadar.coverage.CoverageService;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.territory.AreaOverviewService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, item 13: the coverage view's server time at 5,000,000 workers with 18 months of contributions
 * ({@link CoverageBenchmarkData}), per screen of {@code /cakupan}: the calls {@code CoverageView.refresh()} makes, in
 * its order — the children of the map's parent (the choropleth and the bar chart), their shapes, a target per child
 * (map and bar chart), the breadcrumb, the area's figures this period and a year before, its target, the 12-month
 * trend, the office and agent leaderboards and the villages per Desa Sadar status. The metric changes none of these
 * calls (the view colours the same children figures by {@code Metric.value}), so every metric costs the same screen;
 * the period kind does change the reads, so each screen is timed for a month, a quarter and a year.
 *
 * <p>Reference, same run: the same area, year-before, children and trend figures aggregated straight from the worker,
 * contribution and event tables (the store's part of the screen, like for like), and the ratio.
 */
@CoverageBenchmarkContext
class CoverageBenchmark {

    static final int ROUNDS = Integer.getInteger("benchmark.coverage.rounds", 15);
    static final int REFERENCE_ROUNDS = Integer.getInteger("benchmark.coverage.reference-rounds", 2);
    static final boolean REGENERATE = Boolean.getBoolean("benchmark.coverage.regenerate");
    static final boolean REBUILD = Boolean.getBoolean("benchmark.coverage.rebuild");

    @Autowired CoverageService coverage;
    @Autowired CoverageRebuild coverageRebuild;
    @Autowired TargetService targets;
    @Autowired AreaOverviewService overview;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    record Case(String user, String label, String code) {
    }

    @Test
    void coverage_screens_at_five_million_workers() {
        prepare(jdbc, users, coverageRebuild);
        String regency = "35.07";
        String district = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE parent_code = ?", String.class, regency);
        List<Case> cases = List.of(
                new Case("admin", "nation", ""), new Case("admin", "province 35", "35"),
                new Case("admin", "regency " + regency, regency), new Case("admin", "district " + district, district),
                new Case("kakanwil.jatim", "province 35", "35"), new Case("kakanwil.jatim", "regency " + regency, regency),
                new Case("kakanwil.jatim", "district " + district, district));
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        YearMonth last = now.minusMonths(1);
        Map<String, CoveragePeriod> periods = new LinkedHashMap<>();
        periods.put("year", CoveragePeriod.year(now.getYear()));
        periods.put("quarter", CoveragePeriod.quarter(last.getYear(), (last.getMonthValue() - 1) / 3 + 1));
        periods.put("month", CoveragePeriod.month(last));
        List<Double> all = new ArrayList<>();
        try {
            for (Case c : cases) {
                signIn(c.user());
                for (var p : periods.entrySet()) {
                    screen(c.code(), p.getValue(), now, new Timer()); // warms the plans and the pages of this screen
                    Timer timer = new Timer();
                    for (int round = 0; round < ROUNDS; round++) {
                        screen(c.code(), p.getValue(), now, timer);
                    }
                    all.addAll(timer.totals);
                    System.out.printf("BENCHMARK coverage screen %-14s %-20s %-7s total median %6.1f ms, p95 %6.1f ms, max %6.1f ms; store part p95 %6.1f ms | %s%n",
                            c.user(), c.label(), p.getKey(), percentile(timer.totals, 50), percentile(timer.totals, 95),
                            percentile(timer.totals, 100), percentile(timer.storePart, 95), timer.perCall());
                }
            }
            System.out.printf("BENCHMARK coverage screens, all %d (%d cases × %d periods × %d rounds): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    all.size(), cases.size(), periods.size(), ROUNDS, percentile(all, 50), percentile(all, 95), percentile(all, 100));
            for (Case c : cases) {
                // the regional head's screens read the same areas as the administrator's (the scope covers them whole)
                if (REFERENCE_ROUNDS > 0 && c.user().equals("admin")) {
                    reference(c, periods.get("year"), now);
                }
            }
        } finally {
            SignIn.out();
        }
    }

    /** Generates the population unless present (or asked to), and rebuilds the store when it was generated now, is empty or asked to. */
    static void prepare(JdbcTemplate jdbc, UserService users, CoverageRebuild coverage) {
        BenchmarkDatabase.prepare(jdbc);
        boolean generated = false;
        if (REGENERATE || !CoverageBenchmarkData.present(jdbc)) {
            CoverageBenchmarkData.generate(jdbc);
            generated = true;
        } else {
            System.out.printf("BENCHMARK coverage data: reusing the %,d workers already in the database (-Dbenchmark.coverage.regenerate=true generates again)%n",
                    CoverageBenchmarkData.WORKERS);
        }
        boolean empty = !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM coverage_cell)", Boolean.class));
        if (generated || empty || REBUILD) {
            SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
            long start = System.nanoTime();
            coverage.rebuild();
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cells = jdbc.queryForObject("SELECT COUNT(*) FROM coverage_cell", Long.class);
            long payments = jdbc.queryForObject("SELECT COUNT(*) FROM contribution", Long.class);
            System.out.printf("BENCHMARK coverage rebuild: %,d workers, %,d contributions -> %,d cells in %,d ms%n",
                    CoverageBenchmarkData.WORKERS, payments, cells, ms);
            SignIn.out();
        }
    }

    private void signIn(String user) {
        if (user.equals("admin")) {
            SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        } else {
            SignIn.as(users, "kakanwil.jatim", Role.REGIONAL_HEAD, "35");
        }
    }

    /** What {@code CoverageView.refresh()} asks the services for one screen, each call timed. */
    private void screen(String code, CoveragePeriod p, YearMonth now, Timer t) {
        String parent = code.length() == 13 ? code.substring(0, 8) : code;
        long start = System.nanoTime();
        // drawMap
        List<CoverageFigures> children = t.time("children", true, () -> coverage.children(parent, p));
        t.time("targets", false, () -> targets.forPeriods(children.stream().map(CoverageFigures::code).toList(), TargetMeasure.NEW_PARTICIPANTS, p));
        t.time("shapes", false, () -> overview.childShapes(parent, parent.isEmpty() ? 5 : parent.length() == 2 ? 7 : parent.length() == 5 ? 9 : 11));
        // drawBreadcrumb, drawPanel
        t.time("path", false, () -> overview.path(code));
        t.time("path", false, () -> overview.path(code));
        CoverageFigures f = t.time("area", true, () -> coverage.area(code, p));
        t.time("area", true, () -> coverage.area(code, p.yearBefore()));
        t.time("targets", false, () -> targets.forPeriod(code, TargetMeasure.NEW_PARTICIPANTS, p));
        YearMonth to = p.to().isAfter(now) ? now : p.to();
        t.time("trend", true, () -> coverage.trend(code, to.minusMonths(11), to));
        t.time("offices", false, () -> coverage.offices(code, p));
        t.time("agents", false, () -> coverage.agents(code, p, 10));
        t.time("status", false, () -> overview.villagesByStatus(code));
        t.screenDone((System.nanoTime() - start) / 1e6);
        assertThat(f).isNotNull();
    }

    /**
     * The store's part of the screen (area this period and a year before, children, trend) aggregated from the raw
     * rows, for the year: new enrolments and enrolled from the workers, active (a payment in the month or the two
     * before) and payments by payer from the contributions, reach from the held events.
     */
    private void reference(Case c, CoveragePeriod p, YearMonth now) {
        signIn(c.user());
        String parent = c.code().length() == 13 ? c.code().substring(0, 8) : c.code();
        // the store's like-for-like part, again, for the ratio
        Timer store = new Timer();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            store.time("children", true, () -> coverage.children(parent, p));
            store.time("area", true, () -> coverage.area(c.code(), p));
            store.time("area", true, () -> coverage.area(c.code(), p.yearBefore()));
            YearMonth to = p.to().isAfter(now) ? now : p.to();
            store.time("trend", true, () -> coverage.trend(c.code(), to.minusMonths(11), to));
            store.screenDone((System.nanoTime() - start) / 1e6);
        }
        List<Double> raw = new ArrayList<>();
        long[] check = null;
        for (int round = 0; round < REFERENCE_ROUNDS; round++) {
            long start = System.nanoTime();
            check = rawArea(c.code(), p);
            rawArea(c.code(), p.yearBefore());
            rawChildren(parent, p);
            YearMonth to = p.to().isAfter(now) ? now : p.to();
            rawTrend(c.code(), to.minusMonths(11), to);
            raw.add((System.nanoTime() - start) / 1e6);
        }
        CoverageFigures f = coverage.area(c.code(), p);
        double storeMedian = percentile(store.totals, 50);
        double rawMedian = percentile(raw, 50);
        System.out.printf("BENCHMARK coverage reference %-14s %-20s year: raw tables median %,9.1f ms (%d runs) vs store median %6.1f ms (%d runs): ratio %,.0f×;"
                        + " figures agree: enrolled %s, active %s, new %s, paid %s%n",
                c.user(), c.label(), rawMedian, raw.size(), storeMedian, store.totals.size(), rawMedian / storeMedian,
                check[0] == f.enrolled(), check[1] == f.active(), check[2] == f.newEnrollments(), check[3] == f.contributions());
    }

    private static String prefix(String code, String column, List<Object> args) {
        if (code.isEmpty()) {
            return "";
        }
        args.add(code + ".%");
        return " AND " + column + " LIKE ?";
    }

    /** enrolled, active, new enrolments, paid (all payers), reached. */
    private long[] rawArea(String code, CoveragePeriod p) {
        LocalDate from = p.from().atDay(1);
        LocalDate end = p.to().atEndOfMonth();
        LocalDate to = p.to().atDay(1);
        var args = new ArrayList<Object>(List.of(from, end, end));
        long[] workers = jdbc.queryForObject("SELECT COALESCE(SUM(enrolled_on BETWEEN ? AND ?), 0), COALESCE(SUM(enrolled_on <= ?), 0)"
                + " FROM worker w WHERE 1 = 1" + prefix(code, "w.village_code", args), (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, args.toArray());
        args = new ArrayList<>(List.of(to.minusMonths(2), to));
        long active = jdbc.queryForObject("SELECT COUNT(DISTINCT c.worker_id) FROM contribution c JOIN worker w ON w.id = c.worker_id"
                + " WHERE c.month BETWEEN ? AND ?" + prefix(code, "w.village_code", args), Long.class, args.toArray());
        args = new ArrayList<>(List.of(from, to));
        long[] paid = jdbc.queryForObject("SELECT COALESCE(SUM(IF(c.payer = 'WORKER', c.amount, 0)), 0), COALESCE(SUM(IF(c.payer = 'MOU', c.amount, 0)), 0),"
                + " COALESCE(SUM(IF(c.payer = 'AGENT', c.amount, 0)), 0) FROM contribution c JOIN worker w ON w.id = c.worker_id"
                + " WHERE c.month BETWEEN ? AND ?" + prefix(code, "w.village_code", args),
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, args.toArray());
        args = new ArrayList<>(List.of(from.atStartOfDay(), end.plusDays(1).atStartOfDay()));
        long reached = jdbc.queryForObject("SELECT COALESCE(SUM(actual_attendance), 0) FROM outreach_event WHERE status = 'HELD'"
                + " AND planned_start >= ? AND planned_start < ?" + prefix(code, "village_code", args), Long.class, args.toArray());
        return new long[] {workers[1], active, workers[0], paid[0] + paid[1] + paid[2], reached};
    }

    /** The children's enrolled, new enrolments, active and payments, grouped by the child's code. */
    private Map<String, long[]> rawChildren(String parent, CoveragePeriod p) {
        int length = parent.isEmpty() ? 2 : parent.length() + (parent.length() == 8 ? 5 : 3);
        LocalDate from = p.from().atDay(1);
        LocalDate end = p.to().atEndOfMonth();
        LocalDate to = p.to().atDay(1);
        Map<String, long[]> result = new HashMap<>();
        var args = new ArrayList<Object>(List.of(length, from, end, end));
        jdbc.query("SELECT LEFT(w.village_code, ?) k, SUM(enrolled_on BETWEEN ? AND ?), SUM(enrolled_on <= ?) FROM worker w WHERE 1 = 1"
                + prefix(parent, "w.village_code", args) + " GROUP BY k", rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new long[4])[0] = rs.getLong(2);
            result.get(rs.getString(1))[1] = rs.getLong(3);
        }, args.toArray());
        args = new ArrayList<>(List.of(length, to.minusMonths(2), to));
        jdbc.query("SELECT LEFT(w.village_code, ?) k, COUNT(DISTINCT c.worker_id) FROM contribution c JOIN worker w ON w.id = c.worker_id"
                + " WHERE c.month BETWEEN ? AND ?" + prefix(parent, "w.village_code", args) + " GROUP BY k", rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new long[4])[2] = rs.getLong(2);
        }, args.toArray());
        args = new ArrayList<>(List.of(length, from, to));
        jdbc.query("SELECT LEFT(w.village_code, ?) k, SUM(c.amount) FROM contribution c JOIN worker w ON w.id = c.worker_id"
                + " WHERE c.month BETWEEN ? AND ?" + prefix(parent, "w.village_code", args) + " GROUP BY k", rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new long[4])[3] = rs.getLong(2);
        }, args.toArray());
        return result;
    }

    /** Per month: new enrolments and enrolled (cumulated), active (a payment in the month or the two before). */
    private Map<YearMonth, long[]> rawTrend(String code, YearMonth from, YearMonth to) {
        Map<YearMonth, long[]> result = new LinkedHashMap<>();
        var args = new ArrayList<Object>(List.of(to.atEndOfMonth()));
        Map<YearMonth, Long> enrolments = new HashMap<>();
        long[] before = {0};
        jdbc.query("SELECT DATE_FORMAT(enrolled_on, '%Y-%m-01') m, COUNT(*) FROM worker w WHERE enrolled_on <= ?"
                + prefix(code, "w.village_code", args) + " GROUP BY m", rs -> {
            YearMonth m = YearMonth.from(LocalDate.parse(rs.getString(1)));
            if (m.isBefore(from)) {
                before[0] += rs.getLong(2);
            } else {
                enrolments.put(m, rs.getLong(2));
            }
        }, args.toArray());
        args = new ArrayList<>(List.of(from.atDay(1), from.minusMonths(2).atDay(1), to.atDay(1)));
        Map<YearMonth, Long> active = new HashMap<>();
        jdbc.query("""
                SELECT m.d, COUNT(DISTINCT c.worker_id) FROM contribution c JOIN worker w ON w.id = c.worker_id
                JOIN (SELECT ? + INTERVAL seq MONTH d FROM seq_0_to_11) m ON c.month BETWEEN m.d - INTERVAL 2 MONTH AND m.d
                WHERE c.month BETWEEN ? AND ?""" + prefix(code, "w.village_code", args) + " GROUP BY m.d", rs -> {
            active.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
        }, args.toArray());
        long enrolled = before[0];
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long added = enrolments.getOrDefault(m, 0L);
            enrolled += added;
            result.put(m, new long[] {added, enrolled, active.getOrDefault(m, 0L)});
        }
        return result;
    }

    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Times per call name (summed within a screen) and per screen. */
    static final class Timer {
        final Map<String, List<Double>> calls = new LinkedHashMap<>();
        final Map<String, Double> current = new LinkedHashMap<>();
        final List<Double> totals = new ArrayList<>();
        final List<Double> storePart = new ArrayList<>();
        double store;

        <T> T time(String name, boolean fromStore, Supplier<T> call) {
            long start = System.nanoTime();
            T result = call.get();
            double ms = (System.nanoTime() - start) / 1e6;
            current.merge(name, ms, Double::sum);
            if (fromStore) {
                store += ms;
            }
            return result;
        }

        void screenDone(double total) {
            totals.add(total);
            storePart.add(store);
            store = 0;
            current.forEach((k, v) -> calls.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            current.clear();
        }

        String perCall() {
            var sb = new StringBuilder("p95 per call:");
            calls.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(String.format("%.1f", percentile(v, 95))));
            return sb.toString();
        }
    }
}
