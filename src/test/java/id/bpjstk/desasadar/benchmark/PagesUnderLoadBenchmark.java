package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.zaxxer.hikari.HikariDataSource;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.db.ExportConnections;
import id.bpjstk.desasadar.base.io.ExportGate;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, item 6: other users' pages while ten partners load their worker grids (load, look at it for a think time,
 * load again) and ten slow clients (64 KB/s) download the national worker export. The app runs on a port over
 * {@link LoadBenchmarkData}'s population (300,000 workers, ten partners with a MoU each); the pages are timed in headless
 * Chromium, navigation → shown: the coordinator of Banyuasin on {@code /peserta} (rows in the grid) and the regional
 * head of Jawa Timur on the map (village markers drawn). Each page is timed first on the idle app ({@code RUNS} times),
 * then under the load round after round for {@code LOAD_SECONDS} (at least {@code RUNS} rounds), in the same run:
 * median, p95, max and the ratio. Also printed: the partners' grid loads, how many exports the {@code ExportGate} let
 * run and how many it refused (429, tried again after 5 s), the bytes they received, and the highest use of the pages'
 * and the exports' pools.
 *
 * <p>Settings (system properties): {@code benchmark.load.runs} idle timings per page (20); {@code benchmark.load.seconds}
 * how long the pages are timed under the load (300; a short value with few runs and workers makes a smoke run);
 * {@code benchmark.load.think-seconds} a partner's mean pause between two loads of its grid (5);
 * {@code benchmark.load.export-rate} bytes per second of a slow client (65536); {@code benchmark.load.workers} the
 * population (300,000).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.territory.bundled-map-data=true")
@ActiveProfiles("test")
class PagesUnderLoadBenchmark {

    static final int RUNS = Integer.getInteger("benchmark.load.runs", 20);
    static final int RATE = Integer.getInteger("benchmark.load.export-rate", 64 * 1024);
    static final int LOAD_SECONDS = Integer.getInteger("benchmark.load.seconds", 300);
    static final double THINK_SECONDS = Double.parseDouble(System.getProperty("benchmark.load.think-seconds", "5"));
    static final String GRID_SHOWN = """
            () => [...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.startsWith('Pekerja '))""";
    static final String MAP_DRAWN = """
            () => { const m = document.querySelector('dsjs-leaflet-map');
                    return !!m && !!m.shadowRoot && m.shadowRoot.querySelectorAll('.leaflet-marker-icon').length > 0; }""";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ExportConnections exportPool;
    @Autowired ExportGate gate;

    /** A user whose page is timed: a signed-in context of the measuring browser. */
    record Timed(String label, String path, String shown, Page page) {
    }

    @Test
    void other_users_pages_while_partners_load_grids_and_slow_exports_run() throws Exception {
        Assumptions.assumeTrue(BrowserSession.chromiumInstalled(), "Debian's chromium is not installed");
        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        List<String> regencies = LoadBenchmarkData.generate(jdbc, users);
        SignIn.out();
        String base = "http://localhost:" + port;
        List<String> partners = new ArrayList<>();
        for (int n = 0; n < regencies.size(); n++) {
            partners.add(LoadBenchmarkData.partnerUser(n));
        }
        try (Playwright pw = BrowserSession.playwright(); Browser browser = BrowserSession.chromium(pw);
             GridLoaders loaders = new GridLoaders(base, partners, "/peserta", GRID_SHOWN, Math.round(THINK_SECONDS * 1000))) {
            List<Timed> timed = List.of(
                    new Timed("coordinator, worker grid /peserta", "/peserta", GRID_SHOWN, signedIn(browser, base, "koordinator.banyuasin")),
                    new Timed("regional head, map /", "/", MAP_DRAWN, signedIn(browser, base, "kakanwil.jatim")));
            List<SlowDownload> downloads = new ArrayList<>();
            for (int n = 0; n < regencies.size(); n++) {
                downloads.add(exportLink(browser, base, LoadBenchmarkData.exportUser(n)));
            }
            loaders.awaitReady(600);
            for (Timed t : timed) { // warms the JVM, the plans and the browser's cache
                time(t);
                time(t);
            }

            String idleLoad = loadAverage();
            List<List<Double>> idle = timeAll(timed, () -> false);

            downloads.forEach(SlowDownload::start);
            loaders.go();
            var pool = new PoolWatch((HikariDataSource) dataSource, exportPool);
            try {
                await(() -> loaders.healthy() && downloads.stream().filter(SlowDownload::streaming).count() >= Math.min(gate.overallLimit(), downloads.size())
                        && loaders.times().size() >= partners.size(), 300, "exports streaming and every partner's grid loaded once");
                long bytesBefore = downloads.stream().mapToLong(d -> d.bytes.get()).sum();
                long start = System.nanoTime();
                String busyLoad = loadAverage();
                int loadsBefore = loaders.times().size();
                long until = start + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
                List<List<Double>> busy = timeAll(timed, () -> System.nanoTime() < until);
                double seconds = (System.nanoTime() - start) / 1e9;
                long streamingAtEnd = downloads.stream().filter(SlowDownload::streaming).count();
                long received = downloads.stream().mapToLong(d -> d.bytes.get()).sum() - bytesBefore;
                List<Double> grids = loaders.times().subList(loadsBefore, loaders.times().size());
                loaders.check();
                downloads.forEach(d -> assertThat(d.failure()).as("a slow download failed").isNull());

                for (int i = 0; i < timed.size(); i++) {
                    report(timed.get(i).label(), idle.get(i), busy.get(i));
                }
                List<Double> allGrids = loaders.times();
                System.out.printf("BENCHMARK pages under load: during the %.0f s timed under load: %d partner grid loads (%.1f per s;"
                                + " think time %.1f s on average between a partner's loads), median %.0f ms, p95 %.0f ms, max %.0f ms"
                                + " (navigation → rows shown, timed in the page); since the load began %d, median %.0f ms%n", seconds,
                        grids.size(), grids.size() / seconds, THINK_SECONDS, percentile(grids, 50), percentile(grids, 95),
                        percentile(grids, 100), allGrids.size(), percentile(allGrids, 50));
                System.out.printf("BENCHMARK pages under load: exports at %d KB/s: %d streaming at the end (%d started, %d refused with 429 and"
                                + " tried again), %.1f MB received while timed (%.0f KB/s together)%n", RATE / 1024, streamingAtEnd,
                        downloads.stream().mapToInt(d -> d.admitted.get()).sum(), downloads.stream().mapToInt(d -> d.refused.get()).sum(),
                        received / 1e6, received / 1024.0 / seconds);
                System.out.printf("BENCHMARK pages under load: pages' pool (%d): at most %d in use, at most %d requests waiting for one;"
                                + " exports' pool (%d): at most %d in use, at most %d waiting; load average idle %s, under load %s,"
                                + " at the end %s%n", ((HikariDataSource) dataSource).getMaximumPoolSize(), pool.maxActive.get(),
                        pool.maxWaiting.get(), exportPool.size(), pool.maxExportActive.get(), pool.maxExportWaiting.get(),
                        idleLoad, busyLoad, loadAverage());
                assertThat(streamingAtEnd).as("the exports still ran at the end of the timing").isPositive();
                assertThat(grids).as("the partners' grids loaded while timed").isNotEmpty();
            } finally {
                pool.close();
                for (SlowDownload d : downloads) {
                    d.stop();
                }
            }
        }
    }

    private Page signedIn(Browser browser, String base, String user) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(120_000);
        Page page = context.newPage();
        BrowserSession.signIn(page, base, user, LoadBenchmarkData.PASSWORD);
        return page;
    }

    /** Signs the user in, opens the worker grid and takes its first export link (workers, CSV) with the session cookie. */
    private SlowDownload exportLink(Browser browser, String base, String user) {
        Page page = signedIn(browser, base, user);
        page.navigate(base + "/peserta");
        page.waitForFunction(GRID_SHOWN);
        String href = (String) page.evaluate("() => document.querySelector('.worker-exports a.export-link').href");
        String cookie = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.name + "=" + c.value).findFirst().orElseThrow();
        // the page stays open: the download belongs to its UI, which lives while the page sends heartbeats
        return new SlowDownload(URI.create(href), cookie, RATE);
    }

    /** Times every page {@code RUNS} times, and then round after round while {@code more} holds. */
    private List<List<Double>> timeAll(List<Timed> timed, BooleanSupplier more) {
        List<List<Double>> times = new ArrayList<>();
        timed.forEach(t -> times.add(new ArrayList<>()));
        for (int run = 0; run < RUNS || more.getAsBoolean(); run++) {
            for (int i = 0; i < timed.size(); i++) {
                times.get(i).add(time(timed.get(i)));
            }
        }
        return times;
    }

    /** A fresh navigation of a signed-in user, until the page shows what it is for. */
    private double time(Timed t) {
        long start = System.nanoTime();
        t.page().navigate("http://localhost:" + port + t.path());
        try {
            t.page().waitForFunction(t.shown(), null, new Page.WaitForFunctionOptions().setPollingInterval(10));
        } catch (RuntimeException e) {
            t.page().screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/benchmark-failure.png")));
            throw e;
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String label, List<Double> idle, List<Double> busy) {
        System.out.printf("BENCHMARK pages under load: %-34s idle median %5.0f ms, p95 %5.0f ms, max %5.0f ms | under load median %5.0f ms,"
                        + " p95 %5.0f ms, max %5.0f ms | ratio median %.2f, p95 %.2f; %d runs each%n", label,
                percentile(idle, 50), percentile(idle, 95), percentile(idle, 100), percentile(busy, 50), percentile(busy, 95),
                percentile(busy, 100), percentile(busy, 50) / percentile(idle, 50), percentile(busy, 95) / percentile(idle, 95), busy.size());
    }

    private static void await(BooleanSupplier condition, int seconds, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + seconds + " s: " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100)); // polls the condition with a deadline
        }
    }

    private static String loadAverage() throws Exception {
        return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The pools' highest use (the pages' and the exports'), sampled every 50 ms while the load runs. */
    private static final class PoolWatch implements AutoCloseable {
        final AtomicInteger maxActive = new AtomicInteger();
        final AtomicInteger maxWaiting = new AtomicInteger();
        final AtomicInteger maxExportActive = new AtomicInteger();
        final AtomicInteger maxExportWaiting = new AtomicInteger();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        PoolWatch(HikariDataSource pool, ExportConnections exports) {
            sampler.scheduleAtFixedRate(() -> {
                var bean = pool.getHikariPoolMXBean();
                maxActive.accumulateAndGet(bean.getActiveConnections(), Math::max);
                maxWaiting.accumulateAndGet(bean.getThreadsAwaitingConnection(), Math::max);
                var export = exports.usage();
                maxExportActive.accumulateAndGet(export.getActiveConnections(), Math::max);
                maxExportWaiting.accumulateAndGet(export.getThreadsAwaitingConnection(), Math::max);
            }, 0, 50, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }
}
