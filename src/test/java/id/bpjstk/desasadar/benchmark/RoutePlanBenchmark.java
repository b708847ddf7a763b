package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import id.bpjstk.desasadar.planning.route.GreatCircleTravel;
import id.bpjstk.desasadar.planning.route.RouteDay;
import id.bpjstk.desasadar.planning.route.RoutePlan;
import id.bpjstk.desasadar.planning.route.RouteProblem;
import id.bpjstk.desasadar.planning.route.RouteService;
import id.bpjstk.desasadar.planning.route.RouteSettings;
import id.bpjstk.desasadar.planning.route.RouteStop;
import id.bpjstk.desasadar.planning.route.TravelEstimates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The visit planner's optimiser on real village centroids (issue 11, item 8): quality against an exact optimum
 * (Held–Karp) for 5–12 stops, against the best of long runs for 25 stops over two days, and the solve time.
 * No Spring context and no database: the optimiser is pure computation. Run with {@code .ci/benchmark}.
 * {@code -Dbenchmark.route.limit=800ms} overrides the interactive time limit (default: the product's, 900 ms).
 * Figures are wall-clock; the solver's limit is wall-clock too, so a busy machine lowers quality: each line gives
 * the load average and the CPU time the solving thread got.
 */
@Tag("benchmark")
class RoutePlanBenchmark {

    static final Path CENTROIDS = Path.of("../shared/data/regions/villages-centroids.csv");
    static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    static Map<String, List<Village>> byRegency;
    static List<String> regencies;

    record Village(String code, GeoPoint point) {
    }

    final RouteSettings settings = System.getProperty("benchmark.route.limit") == null ? RouteSettings.DEFAULTS
            : RouteSettings.DEFAULTS.withSolverTimeLimit(duration(System.getProperty("benchmark.route.limit")));
    final TravelEstimates travel = new GreatCircleTravel(settings);
    final RouteService service = new RouteService(travel, settings);

    static Duration duration(String text) {
        return Duration.parse("PT" + text.trim().toUpperCase());
    }

    static String load() {
        return String.format("load average %.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static long cpuMillis() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    @BeforeAll
    static void loadCentroids() throws IOException {
        Assumptions.assumeTrue(Files.exists(CENTROIDS), "../shared/data absent: no village centroids to benchmark on");
        byRegency = new LinkedHashMap<>();
        try (var lines = Files.lines(CENTROIDS)) {
            lines.skip(1).forEach(line -> {
                String[] cells = line.split(",");
                int n = cells.length; // names may hold commas: code first, lat and lng last
                String code = cells[0];
                byRegency.computeIfAbsent(code.substring(0, 5), k -> new ArrayList<>())
                        .add(new Village(code, new GeoPoint(Double.parseDouble(cells[n - 2]), Double.parseDouble(cells[n - 1]))));
            });
        }
        // the rural regencies (kabupaten 01–69) of the demo provinces, Sumatera Selatan and Jawa Timur: an outreach
        // team's day stays within reach of its office there (regencies of Papua span hundreds of km)
        regencies = byRegency.entrySet().stream()
                .filter(e -> (e.getKey().startsWith("16.") || e.getKey().startsWith("35."))
                        && Integer.parseInt(e.getKey().substring(3, 5)) < 71 && e.getValue().size() >= 40)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** An office (a village of the regency) and {@code n} other villages of it, drawn with {@code random}. */
    static List<Village> draw(Random random, int n) {
        return draw(random, n, Double.MAX_VALUE);
    }

    /** As {@link #draw(Random, int)}, the villages within {@code km} of the office (a day trip), redrawn until n are. */
    static List<Village> draw(Random random, int n, double km) {
        while (true) {
            List<Village> villages = new ArrayList<>(byRegency.get(regencies.get(random.nextInt(regencies.size()))));
            java.util.Collections.shuffle(villages, random);
            Village office = villages.getFirst();
            List<Village> near = new ArrayList<>(villages.stream().skip(1).filter(v -> v.point().distanceKm(office.point()) <= km).toList());
            if (near.size() >= n) {
                near.addFirst(office);
                return near.subList(0, n + 1);
            }
        }
    }

    @Test
    void small_plans_against_the_exact_optimum() {
        // villages within 40 km of the office, so that a whole day always has room for all of them
        Random random = new Random(11);
        RouteDay generous = new RouteDay(DAY, LocalTime.MIN, LocalTime.of(23, 59));
        int exact = 0;
        int dropped = 0;
        double maxGap = 0;
        double sumGap = 0;
        long[] millis = new long[100];
        long cpu = 0;
        for (int i = 0; i < 100; i++) {
            int n = 5 + random.nextInt(8);
            List<Village> drawn = draw(random, n, 40);
            GeoPoint office = drawn.getFirst().point();
            List<RouteStop> stops = drawn.subList(1, n + 1).stream()
                    .map(v -> RouteStop.of(v.code(), v.point(), Duration.ofMinutes(5))).toList();
            long start = System.nanoTime();
            long cpuStart = cpuMillis();
            RoutePlan plan = service.optimise(new RouteProblem(office, List.of(generous), stops));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpu += cpuMillis() - cpuStart;
            if (!plan.unplanned().isEmpty()) { // cannot happen with a whole day for at most 12 villages of a regency
                dropped++;
                continue;
            }
            long found = plan.totals().driving().toSeconds();
            long optimum = heldKarp(office, stops);
            double gap = (found - optimum) / (double) optimum;
            exact += found == optimum ? 1 : 0;
            maxGap = Math.max(maxGap, gap);
            sumGap += gap;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK route 100 plans of 5-12 villages, 1 day, vs Held-Karp optimum (limit %s): exactly optimal %d, mean gap %.3f %%, max gap %.3f %% (target <= 1 %%: %s), plans with a stop left out %d; solve median %d ms, max %d ms (first includes loading the native library), CPU %d ms a plan; %s%n",
                settings.solverTimeLimit(), exact, 100 * sumGap / (100 - dropped), 100 * maxGap, maxGap <= 0.01 ? "met" : "MISSED",
                dropped, millis[50], millis[99], cpu / 100, load());
        assertThat(dropped).isZero();
    }

    /** The least total driving (seconds) of a round trip from the office through every stop: Held–Karp, O(2ⁿ n²). */
    long heldKarp(GeoPoint office, List<RouteStop> stops) {
        int n = stops.size();
        long[][] t = new long[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                GeoPoint pa = a == 0 ? office : stops.get(a - 1).point();
                GeoPoint pb = b == 0 ? office : stops.get(b - 1).point();
                t[a][b] = a == b ? 0 : travel.between(pa, pb).time().toSeconds();
            }
        }
        long[][] best = new long[1 << n][n];
        for (long[] row : best) {
            Arrays.fill(row, Long.MAX_VALUE / 4);
        }
        for (int j = 0; j < n; j++) {
            best[1 << j][j] = t[0][j + 1];
        }
        for (int mask = 1; mask < 1 << n; mask++) {
            for (int j = 0; j < n; j++) {
                if ((mask & 1 << j) == 0 || best[mask][j] >= Long.MAX_VALUE / 4) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if ((mask & 1 << k) == 0) {
                        int next = mask | 1 << k;
                        best[next][k] = Math.min(best[next][k], best[mask][j] + t[j + 1][k + 1]);
                    }
                }
            }
        }
        long optimum = Long.MAX_VALUE;
        for (int j = 0; j < n; j++) {
            optimum = Math.min(optimum, best[(1 << n) - 1][j] + t[j + 1][0]);
        }
        return optimum;
    }

    /** 25 villages, two days of 07:00–17:00, visits of 15–35 min (seeded): one instance. */
    static RouteProblem twoDays(long seed) {
        Random random = new Random(seed);
        List<Village> drawn = draw(random, 25);
        List<RouteStop> stops = drawn.subList(1, 26).stream()
                .map(v -> RouteStop.of(v.code(), v.point(), Duration.ofMinutes(15 + 5 * random.nextInt(5)))).toList();
        List<RouteDay> days = List.of(new RouteDay(DAY, LocalTime.of(7, 0), LocalTime.of(17, 0)),
                new RouteDay(DAY.plusDays(1), LocalTime.of(7, 0), LocalTime.of(17, 0)));
        return new RouteProblem(drawn.getFirst().point(), days, stops);
    }

    @Test
    void twenty_five_stops_over_two_days_against_long_runs() {
        List<Duration> longRuns = Arrays.stream(System.getProperty("benchmark.route.long", "10s,20s,30s").split(","))
                .map(RoutePlanBenchmark::duration).toList();
        double maxGap = 0;
        int lessServed = 0;
        for (long seed = 1; seed <= Long.getLong("benchmark.route.seeds", 5); seed++) {
            RouteProblem problem = twoDays(seed);
            RoutePlan quick = service.optimise(problem);
            long bestDriving = Long.MAX_VALUE;
            int bestServed = -1;
            for (Duration limit : longRuns) {
                RoutePlan plan = new RouteService(travel, settings.withSolverTimeLimit(limit)).optimise(problem);
                int served = served(plan);
                long driving = plan.totals().driving().toSeconds();
                if (served > bestServed || served == bestServed && driving < bestDriving) {
                    bestServed = served;
                    bestDriving = driving;
                }
            }
            double gap = (quick.totals().driving().toSeconds() - bestDriving) / (double) bestDriving;
            if (served(quick) == bestServed) {
                maxGap = Math.max(maxGap, gap);
            }
            System.out.printf("BENCHMARK route 25 stops 2 days seed %d: interactive (%s) serves %d, driving %.1f min, %.1f km; best of runs of %s serves %d, driving %.1f min; gap %.2f %%; %s%n",
                    seed, settings.solverTimeLimit(), served(quick), quick.totals().driving().toSeconds() / 60.0,
                    quick.totals().distanceKm(), longRuns, bestServed, bestDriving / 60.0, 100 * gap, load());
            lessServed += served(quick) < bestServed ? 1 : 0;
        }
        System.out.printf("BENCHMARK route 25 stops 2 days: max gap %.2f %% (target <= 5 %%: %s), instances serving fewer stops than the best %d%n",
                100 * maxGap, maxGap <= 0.05 && lessServed == 0 ? "met" : "MISSED", lessServed);
    }

    static int served(RoutePlan plan) {
        return plan.days().stream().mapToInt(d -> d.stops().size()).sum();
    }

    @Test
    void solve_time_for_twenty_five_stops() {
        service.optimise(twoDays(99)); // loads the native library and warms the JIT
        long[] millis = new long[20];
        long cpu = 0;
        for (int i = 0; i < millis.length; i++) {
            RouteProblem problem = twoDays(100 + i);
            long start = System.nanoTime();
            long cpuStart = cpuMillis();
            service.optimise(problem);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpu += cpuMillis() - cpuStart;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK route solve time 25 stops 2 days (limit %s), %d plans: median %d ms, max %d ms (target <= 1000 ms: %s), CPU %d ms a plan; %s%n",
                settings.solverTimeLimit(), millis.length, millis[millis.length / 2], millis[millis.length - 1],
                millis[millis.length - 1] <= 1000 ? "met" : "MISSED", cpu / millis.length, load());
    }
}
