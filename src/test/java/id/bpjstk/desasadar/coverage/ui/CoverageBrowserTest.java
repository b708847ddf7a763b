package id.bpjstk.desasadar.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * In real Chromium: the Jawa Timur regional head opens the coverage view at the province, sees the regencies coloured
 * with a legend, clicks Kota Surabaya and sees its districts (circles at their villages' centroids: no district
 * outlines are stored) with other colours and another legend. Figures come from the deterministic fake store.
 */
@BrowserTest
@Import(FakeCoverage.class)
class CoverageBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    static final String AREAS = "() => [...document.querySelector('dsjs-leaflet-map').shadowRoot.querySelectorAll('path.map-area')].map(p => p.getAttribute('fill'))";
    static final String LEGEND = "() => document.querySelector('dsjs-leaflet-map').shadowRoot.querySelector('.map-legend').textContent";
    /** Where on the page the area with this code lies (the centre of its shape), to click it as a user would. */
    /** Every chart on the page has been drawn (Chart.js keeps its instance on the element once it drew). */
    static final String CHARTS_DRAWN = "() => [...document.querySelectorAll('dsjs-chart')].every(c => c.chart)";
    /** The panel sits under the map, as on a phone. */
    static final String PANEL_UNDER_MAP = "() => document.querySelector('.coverage-panel').getBoundingClientRect().top"
            + " >= document.querySelector('.coverage-map').getBoundingClientRect().bottom - 1";
    static final String CENTRE_OF = """
            code => { const el = document.querySelector('dsjs-leaflet-map'); let at = null;
                      el.map.eachLayer(l => { if (l.feature && l.feature.properties.code === code && l.getBounds) {
                          const p = el.map.latLngToContainerPoint(l.getBounds().getCenter());
                          const r = el.map.getContainer().getBoundingClientRect();
                          at = { x: r.left + p.x, y: r.top + p.y }; } });
                      return at; }""";

    @LocalServerPort int port;
    @Autowired AreaImportService importer;
    @Autowired UserService users;

    @Test
    void the_jatim_regional_head_drills_from_the_province_into_a_regency_and_the_colours_and_legend_change() throws Exception {
        importShapes();

        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/cakupan");
        page.waitForURL("**/login");
        BrowserSession.signInHere(page, "kakanwil.jatim", "demo1234");
        Files.createDirectories(Path.of("target"));
        page.waitForFunction("() => { const m = document.querySelector('dsjs-leaflet-map');"
                + " return m && m.shadowRoot && m.shadowRoot.querySelectorAll('path.map-area').length >= 5; }");
        BrowserSession.waitForServer(page);
        @SuppressWarnings("unchecked")
        List<String> provinceFills = (List<String>) page.evaluate(AREAS);
        String provinceLegend = (String) page.evaluate(LEGEND);
        assertThat(provinceFills).hasSizeGreaterThanOrEqualTo(5).allSatisfy(f -> assertThat(f).startsWith("#"));
        assertThat(provinceLegend).contains("Terdaftar", "Tidak ada data");
        assertThat(page.locator(".coverage-breadcrumb").textContent()).contains("Jawa Timur");
        page.waitForSelector("dsjs-chart");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-browser-test-province.png")));

        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) page.evaluate(CENTRE_OF, "35.78");
        page.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());
        page.waitForFunction("() => document.querySelector('.coverage-breadcrumb').textContent.includes('Kota Surabaya')");
        BrowserSession.waitForServer(page);
        page.waitForFunction("() => document.querySelector('dsjs-leaflet-map').shadowRoot.querySelectorAll('path.map-area').length == 5");

        @SuppressWarnings("unchecked")
        List<String> regencyFills = (List<String>) page.evaluate(AREAS);
        String regencyLegend = (String) page.evaluate(LEGEND);
        assertThat(regencyFills).hasSize(5);
        assertThat(regencyLegend).isNotEqualTo(provinceLegend).contains("Tidak ada data");
        assertThat(regencyFills).isNotEqualTo(provinceFills);
        page.waitForFunction(CHARTS_DRAWN);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-browser-test.png")));

        page.setViewportSize(390, 844);
        page.waitForFunction(PANEL_UNDER_MAP);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-browser-test-phone.png")));
        // the panel folds under the map on a phone: its cards and charts must stay readable
        page.locator(".kpi-cards").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-browser-test-phone-cards.png")));
        page.locator(".chart-funnel").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/coverage-browser-test-phone-charts.png")));
    }

    private void importShapes() throws Exception {
        SignIn.as(users, "coverage-browser-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream outlines = getClass().getResourceAsStream("/coverage/jatim-regencies.geojson");
             InputStream villages = getClass().getResourceAsStream("/coverage/surabaya-villages.csv")) {
            importer.importFile("jatim-regencies.geojson", outlines, -1, Progress.NONE);
            importer.importFile("surabaya-villages.csv", villages, -1, Progress.NONE);
        } finally {
            SignIn.out();
        }
    }
}
