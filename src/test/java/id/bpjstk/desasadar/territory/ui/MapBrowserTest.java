package id.bpjstk.desasadar.territory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The real app in real Chromium: sign in as the demo coordinator, see the map draw, click a village. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MapBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Markers only: the legend's swatches carry the same style classes. */
    static final String MARKERS = "'.leaflet-marker-icon.village-point, .leaflet-marker-icon .map-cluster, .leaflet-marker-icon.marker-cluster'";
    static final String DRAWN = """
            () => { const map = document.querySelector('dsjs-leaflet-map');
                    return map && map.shadowRoot
                        && map.shadowRoot.querySelectorAll(%s).length > 0; }""".formatted(MARKERS);

    @LocalServerPort int port;
    @Autowired AreaImportService importer;
    @Autowired UserService users;

    @Test
    void the_demo_coordinator_sees_the_villages_of_banyuasin_and_opens_one() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed: skipping the browser test (.ci/run installs it)");
        importFixtureCentroids();

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync")))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800));
            page.setDefaultTimeout(60_000); // the first page load compiles nothing but may unpack the dev bundle
            page.navigate("http://localhost:" + port + "/");
            page.waitForURL("**/login");
            page.fill("input[name=username]", "koordinator.banyuasin");
            page.fill("input[name=password]", "demo1234");
            page.click("vaadin-button[slot=submit]");

            try {
                page.waitForFunction(DRAWN);
            } catch (RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/map-browser-test-failure.png")));
                throw e;
            }
            int drawn = ((Number) page.evaluate("""
                    () => document.querySelector('dsjs-leaflet-map').shadowRoot
                            .querySelectorAll(%s).length""".formatted(MARKERS))).intValue();
            assertThat(drawn).isPositive();

            Locator cluster = page.locator("dsjs-leaflet-map .leaflet-marker-icon.marker-cluster");
            if (page.locator("dsjs-leaflet-map .leaflet-marker-icon.village-point").count() == 0 && cluster.count() > 0) {
                cluster.first().click(); // zooms in or spiderfies the villages it holds
            }
            Locator village = page.locator("dsjs-leaflet-map .leaflet-marker-icon.village-point").first();
            String name = village.getAttribute("title");
            village.click();
            Files.createDirectories(Path.of("target"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/map-browser-test.png")));

            Locator title = page.locator(".village-panel h3");
            title.waitFor();
            assertThat(title.textContent()).isEqualTo(name);
            assertThat(page.locator(".village-panel").textContent()).contains("Kabupaten Banyuasin");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/map-browser-test.png")));
        }
    }

    private void importFixtureCentroids() throws Exception {
        SignIn.as(users, "browser-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            importer.importFile("centroids-mixed.csv", in, -1, Progress.NONE);
        } finally {
            SignIn.out();
        }
    }
}
