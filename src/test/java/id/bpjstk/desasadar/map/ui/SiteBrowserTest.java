package id.bpjstk.desasadar.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

/** In real Chromium: place a work site by clicking the map, save it, see its icon, reload, still there. */
@BrowserTest
class SiteBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    static final String SITE_ICONS = "dsjs-leaflet-map .leaflet-marker-icon.site-point";
    static final String SHOW_SUNGAI_REBO = "() => document.querySelector('dsjs-leaflet-map').map.setView([-2.998, 104.852], 15, { animate: false })";

    @LocalServerPort int port;
    @Autowired AreaImportService importer;
    @Autowired UserService users;

    @Test
    void a_coordinator_places_a_site_by_clicking_the_map_and_it_is_still_there_after_a_reload() throws Exception {
        importFixtures();

        Page page = browser.page();
        BrowserSession.signIn(page, "http://localhost:" + port, "koordinator.banyuasin", "demo1234");
        page.waitForSelector("dsjs-leaflet-map .leaflet-marker-icon");
        page.evaluate(SHOW_SUNGAI_REBO);
        assertThat(page.locator(SITE_ICONS).count()).isZero();

        page.click("vaadin-button.add-site");
        page.waitForFunction("() => document.querySelector('dsjs-leaflet-map').shadowRoot.querySelector('#map').style.cursor === 'crosshair'");
        var map = page.locator("dsjs-leaflet-map").boundingBox();
        page.mouse().click(map.x + map.width / 2, map.y + map.height / 2);
        Locator name = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Nama lokasi")).locator("input");
        name.fill("Pasar Kalangan Rebo");
        page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Jenis lokasi")).locator("input").fill("Pasar");
        page.keyboard().press("Enter");
        assertThat(page.locator(".site-form").textContent()).contains("Sungai Rebo");
        page.click("vaadin-button.save-site");

        page.waitForSelector(SITE_ICONS);
        assertThat(page.locator(SITE_ICONS).first().getAttribute("title")).isEqualTo("Pasar Kalangan Rebo");

        page.reload();
        page.waitForSelector("dsjs-leaflet-map .leaflet-marker-icon");
        page.evaluate(SHOW_SUNGAI_REBO);
        page.waitForSelector(SITE_ICONS);
        assertThat(page.locator(SITE_ICONS).count()).isEqualTo(1);
        Files.createDirectories(Path.of("target"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/site-browser-test.png")));
    }

    private void importFixtures() throws Exception {
        SignIn.as(users, "sitebrowser-admin", Role.ADMIN, AreaScope.NATIONAL);
        try {
            for (String file : new String[] {"boundaries-mixed.geojson", "centroids-mixed.csv"}) {
                try (InputStream in = getClass().getResourceAsStream("/area-import/" + file)) {
                    importer.importFile(file, in, -1, Progress.NONE);
                }
            }
        } finally {
            SignIn.out();
        }
    }
}
