package id.bpjstk.desasadar.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.bpjstk.desasadar.BrowserHarness;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.BrowserTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real app in real Chromium: sign in as the demo coordinator, see the map draw, click a village — under the app's
 * Content-Security-Policy, which the browser enforces and which blocks nothing the map needs.
 */
@BrowserTest
class MapBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

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
        importFixtureCentroids();

        Page page = browser.page();
        Response first = page.navigate("http://localhost:" + port + "/");
        assertThat(first.headerValue("content-security-policy")).contains("frame-ancestors 'none'", "script-src 'self'");
        page.waitForURL("**/login"); // the map asks for a sign-in first
        BrowserSession.signInHere(page, "koordinator.banyuasin", "demo1234");

        page.waitForFunction(DRAWN);
        int drawn = ((Number) page.evaluate("""
                () => document.querySelector('dsjs-leaflet-map').shadowRoot
                        .querySelectorAll(%s).length""".formatted(MARKERS))).intValue();
        assertThat(drawn).isPositive();

        Locator cluster = page.locator("dsjs-leaflet-map .leaflet-marker-icon.marker-cluster");
        if (page.locator("dsjs-leaflet-map .leaflet-marker-icon.village-point").count() == 0 && cluster.count() > 0) {
            cluster.first().click(); // zooms in or spiderfies the villages it holds
        }
        BrowserSession.waitForServer(page);
        Locator village = page.locator("dsjs-leaflet-map .leaflet-marker-icon.village-point").first();
        String name = village.getAttribute("title");
        village.click();
        Files.createDirectories(Path.of("target"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/map-browser-test.png")));

        Locator title = page.locator(".village-panel .panel-header h3");
        title.waitFor();
        assertThat(title.textContent()).isEqualTo(name);
        assertThat(page.locator(".village-panel").textContent()).contains("Kabupaten Banyuasin");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/map-browser-test.png")));
        assertThat(browser.cspViolations()).isEmpty();
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
