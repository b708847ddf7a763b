package id.bpjstk.desasadar.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.territory.AreaImportService;
import id.bpjstk.desasadar.territory.AreaService;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Time from navigation to the village layer drawn, in headless Chromium, and the bytes it costs, for a
 * national and a one-province user. Run with {@code .ci/benchmark}; figures go to docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MapLoadBenchmark {

    static final Path SHARED = Path.of("../shared/data/regions");
    static final int RUNS = 6;
    static final String DRAWN = """
            () => { const m = document.querySelector('dsjs-leaflet-map');
                    return m && m.shadowRoot && m.shadowRoot.querySelectorAll('.leaflet-marker-icon').length > 0; }""";

    @LocalServerPort int port;
    @Autowired AreaImportService importer;
    @Autowired AreaService areas;
    @Autowired UserService users;

    @Test
    void map_load_national_and_one_province() throws Exception {
        Assumptions.assumeTrue(Files.exists(SHARED), "../shared/data absent: nothing to benchmark");
        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        importFile(SHARED.resolve("villages-centroids.csv"));
        importFile(SHARED.resolve("boundaries/regencies.geojson"));
        layerSizes("national (zoom 5)", new BoundingBox(-11, 94, 6, 142), 5);
        SignIn.as(users, "kakanwil.jatim", Role.REGIONAL_HEAD, "35");
        layerSizes("Jawa Timur (zoom 8)", new BoundingBox(-8.9, 110.8, -6.7, 114.7), 8);
        SignIn.out();

        try (Playwright pw = BrowserSession.playwright(); Browser browser = BrowserSession.chromium(pw)) {
            measure(browser, "admin", "national");
            measure(browser, "kakanwil.jatim", "Jawa Timur");
        }
    }

    private void measure(Browser browser, String user, String label) {
        List<Long> times = new ArrayList<>();
        long uidlBytes = 0;
        for (int run = 0; run < RUNS + 1; run++) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                Page page = context.newPage();
                BrowserSession.signIn(page, "http://localhost:" + port, user, "demo1234");
                try {
                    page.waitForFunction(DRAWN);
                } catch (RuntimeException e) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/benchmark-failure.png")));
                    throw e;
                }
                // measured: a fresh navigation to the map of a signed-in user, until markers are drawn
                var uidl = new ArrayList<Request>();
                page.onRequestFinished((Request r) -> {
                    if (r.url().contains("v-r=uidl")) {
                        uidl.add(r); // finished: its sizes are known (a response's request may never finish, e.g. cut by the next navigation); read after the wait, as asking inside the handler blocks Playwright
                    }
                });
                long start = System.nanoTime();
                page.navigate("http://localhost:" + port + "/");
                page.waitForFunction(DRAWN, null, new Page.WaitForFunctionOptions().setPollingInterval(10));
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (run > 0) { // the first run warms the JVM and the browser cache
                    times.add(ms);
                    uidlBytes = uidl.stream().mapToLong(r -> r.sizes().responseBodySize).sum();
                }
            }
        }
        times.sort(Long::compare);
        System.out.printf("BENCHMARK map load %s: median %d ms, min %d ms, max %d ms over %d runs; UIDL response bodies after navigation %,d bytes (as sent, gzip)%n",
                label, (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2, times.getFirst(), times.getLast(), RUNS, uidlBytes);
    }

    private void layerSizes(String label, BoundingBox view, int zoom) throws Exception {
        var map = new LeafletMap();
        long start = System.nanoTime();
        var layer = areas.villageLayer(view, zoom);
        long villageMicros = (System.nanoTime() - start) / 1000;
        map.setPointLayer("villages", layer);
        byte[] villages = map.stateForTesting().get("data").get("villages").toString().getBytes(StandardCharsets.UTF_8);
        start = System.nanoTime();
        byte[] regencies = areas.regencyBoundaries(view, zoom).getBytes(StandardCharsets.UTF_8);
        long regencyMicros = (System.nanoTime() - start) / 1000;
        System.out.printf("BENCHMARK layer %s: villages %d in view as %d clusters + %d points, %,d bytes JSON, %,d gzip, %d µs; regency outlines %,d bytes, %,d gzip, %d µs (first call, then cached)%n",
                label, layer.total(), layer.clusters().size(), layer.points().size(), villages.length, gzip(villages), villageMicros,
                regencies.length, gzip(regencies), regencyMicros);
    }

    private void importFile(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            importer.importFile(file.getFileName().toString(), in, Files.size(file), Progress.NONE);
        }
    }

    private static int gzip(byte[] data) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.size();
    }
}
