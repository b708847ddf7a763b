package id.bpjstk.desasadar.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.AreaFill;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageRebuild;
import id.bpjstk.desasadar.coverage.CoverageService;
import id.bpjstk.desasadar.territory.AreaOverviewService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, item 14: the choropleth payload of the national view at regency level (every regency of the country
 * coloured, as the map wrapper receives it), and {@code /cakupan} loaded and drawn in headless Chromium, navigation →
 * drawn, over the population of {@link CoverageBenchmark} (5,000,000 workers) — MapLoadBenchmark's method: Debian's
 * Chromium through Playwright, the app on a port, signed in, one warm-up load, then timed fresh navigations.
 *
 * <p>"Drawn" is: the map's shadow DOM holds one {@code path.map-area} (Leaflet's SVG polygon, or circle where no
 * outline exists) per child area the server sent, and every Chart.js chart of the panel exists with a width (the
 * chart wrapper draws synchronously, animation off).
 */
@CoverageBenchmarkContext
class CoveragePageBenchmark {

    static final int RUNS = Integer.getInteger("benchmark.coverage.page-runs", 10);
    static final String DRAWN = """
            n => { const m = document.querySelector('dsjs-leaflet-map');
                   if (!m || !m.shadowRoot || m.shadowRoot.querySelectorAll('path.map-area').length < n) return false;
                   const charts = [...document.querySelectorAll('dsjs-chart')];
                   return charts.length >= 4 && charts.every(c => c.chart && c.chart.width > 0); }""";

    @LocalServerPort int port;
    @Autowired CoverageService coverage;
    @Autowired CoverageRebuild coverageRebuild;
    @Autowired AreaOverviewService overview;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void coverage_page_payload_and_load() throws Exception {
        Assumptions.assumeTrue(BrowserSession.chromiumInstalled(), "Debian's chromium is not installed");
        CoverageBenchmark.prepare(jdbc, users, coverageRebuild);
        CoveragePeriod year = CoveragePeriod.year(YearMonth.now(ZoneId.of("Asia/Jakarta")).getYear());

        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        payload("national view, provinces (what /cakupan sends first)", List.of(""), year, 5);
        List<String> provinces = new ArrayList<>(overview.children("").keySet());
        payload("national view at regency level (all regencies)", provinces, year, 5);
        int nationFeatures = features("", 5);
        SignIn.as(users, "kakanwil.jatim", Role.REGIONAL_HEAD, "35");
        payload("Jawa Timur, regencies (what /cakupan sends first)", List.of("35"), year, 7);
        int jatimFeatures = features("35", 7);
        SignIn.out();

        try (Playwright pw = BrowserSession.playwright(); Browser browser = BrowserSession.chromium(pw)) {
            measure(browser, "admin", "national", nationFeatures);
            measure(browser, "kakanwil.jatim", "Jawa Timur", jatimFeatures);
        }
    }

    /** The map layer the view would send for the children of these parents, coloured by enrolled: bytes as JSON and gzipped. */
    private void payload(String label, List<String> parents, CoveragePeriod period, int zoom) throws Exception {
        long start = System.nanoTime();
        List<String> features = new ArrayList<>();
        Map<String, AreaFill> fills = new LinkedHashMap<>();
        for (String parent : parents) {
            String collection = overview.childShapes(parent, zoom);
            String inner = collection.substring(collection.indexOf('[') + 1, collection.lastIndexOf(']')).strip();
            if (!inner.isEmpty()) {
                features.add(inner);
            }
            for (CoverageFigures f : coverage.children(parent, period)) {
                fills.put(f.code(), new AreaFill("#2c7fb8", String.format("%,d", f.enrolled())));
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        var map = new LeafletMap();
        map.setAreaLayer("coverage", "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}",
                fills, new AreaFill("#d9d9d9", "tidak ada data"), true);
        byte[] json = map.stateForTesting().get("data").get("coverage").toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("BENCHMARK coverage payload %s: %d areas, %,d bytes JSON, %,d bytes gzip (target ≤ 307,200); shapes and figures read in %,d ms%n",
                label, fills.size(), json.length, gzip(json), ms);
    }

    private int features(String parent, int zoom) {
        String shapes = overview.childShapes(parent, zoom);
        return shapes.split("\"type\":\"Feature\"", -1).length - 1;
    }

    private void measure(Browser browser, String user, String label, int areas) {
        List<Long> times = new ArrayList<>();
        long uidlBytes = 0;
        for (int run = 0; run < RUNS + 1; run++) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                Page page = context.newPage();
                page.setDefaultTimeout(120_000);
                BrowserSession.signIn(page, "http://localhost:" + port, user, "demo1234");
                var uidl = new ArrayList<Request>();
                page.onRequestFinished((Request r) -> {
                    if (r.url().contains("v-r=uidl") || r.url().endsWith("/cakupan")) {
                        uidl.add(r); // finished: its sizes are known (a response's request may never finish, e.g. cut by the next navigation); read after the wait, as asking inside the handler blocks Playwright
                    }
                });
                // measured: a fresh navigation to the coverage page of a signed-in user, until polygons and charts are drawn
                long start = System.nanoTime();
                page.navigate("http://localhost:" + port + "/cakupan");
                try {
                    page.waitForFunction(DRAWN, areas, new Page.WaitForFunctionOptions().setPollingInterval(10));
                } catch (RuntimeException e) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-benchmark-failure.png")));
                    throw e;
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (run > 0) { // the first run warms the JVM and the browser cache
                    times.add(ms);
                    // a copy: asking for sizes lets Playwright deliver more responses to the handler meanwhile
                    uidlBytes = List.copyOf(uidl).stream().mapToLong(r -> r.sizes().responseBodySize).sum();
                }
                if (run == 1) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-benchmark-" + user + ".png")));
                }
            }
        }
        times.sort(Long::compare);
        System.out.printf("BENCHMARK coverage page %s: navigation → polygons (%d) and charts drawn: median %d ms, min %d ms, max %d ms over %d runs;"
                        + " page and UIDL response bodies %,d bytes (as sent)%n",
                label, areas, (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2, times.getFirst(), times.getLast(), RUNS, uidlBytes);
    }

    private static int gzip(byte[] data) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.size();
    }
}
