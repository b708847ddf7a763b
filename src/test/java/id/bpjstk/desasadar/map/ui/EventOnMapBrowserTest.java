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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: open a village's panel on the map, plan a socialization there, log it as held on its page, and
 * see its mark on the map change from planned to held.
 */
@BrowserTest
class EventOnMapBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    static final String SHOW_SUNGAI_GERONG = "() => document.querySelector('dsjs-leaflet-map').map.setView([-2.9957, 104.8706], 15, { animate: false })";
    static final String VILLAGE_MARK = "dsjs-leaflet-map .leaflet-marker-icon.village-point[title='Sungai Gerong']";
    static final String EVENT_MARK = "dsjs-leaflet-map .leaflet-marker-icon.event-point[title='Sosialisasi nelayan Sungai Gerong']";

    @LocalServerPort int port;
    @Autowired AreaImportService importer;
    @Autowired UserService users;

    @Test
    void an_event_planned_from_the_village_panel_and_logged_as_held_changes_its_mark_on_the_map() throws Exception {
        importCentroids();
        String base = "http://localhost:" + port;

        Page page = browser.page();
        BrowserSession.signIn(page, base, "koordinator.banyuasin", "demo1234");
        page.waitForSelector("dsjs-leaflet-map .leaflet-marker-icon");
        page.evaluate(SHOW_SUNGAI_GERONG);
        BrowserSession.waitForServer(page);
        page.locator(VILLAGE_MARK).click();

        page.locator(".village-panel vaadin-button.plan-event").click();
        Locator form = page.locator("vaadin-dialog-overlay .event-form, .event-form").first();
        form.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Judul kegiatan")).locator("input")
                .fill("Sosialisasi nelayan Sungai Gerong");
        // started yesterday, so that it can be logged as held; set as the web component's value, as a picker would
        String start = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1).truncatedTo(ChronoUnit.HOURS).toString();
        page.evaluate("""
                start => {
                  const picker = document.querySelector('.event-form vaadin-date-time-picker');
                  picker.value = start;
                  picker.dispatchEvent(new CustomEvent('change', { bubbles: true }));
                }""", start);
        page.keyboard().press("Tab");
        page.locator("vaadin-button.save-event").click();

        page.waitForURL(url -> url.contains("/kegiatan/"));
        page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHasText("Jumlah peserta hadir"))
                .locator("input").fill("64");
        page.keyboard().press("Tab");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Simpan: kegiatan terlaksana")).click();
        page.waitForSelector("span.event-status[theme~=success]");

        page.navigate(base + "/");
        page.waitForSelector("dsjs-leaflet-map .leaflet-marker-icon");
        page.locator("vaadin-select.event-period").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("3 bulan terakhir")).click();
        page.evaluate(SHOW_SUNGAI_GERONG);
        page.waitForSelector(EVENT_MARK + ".event-held");
        BrowserSession.waitForServer(page);
        assertThat(page.locator(EVENT_MARK).getAttribute("class")).contains("event-held").doesNotContain("event-planned");

        page.locator(EVENT_MARK).click();
        assertThat(page.locator(".village-panel").textContent()).contains("Terlaksana", "64");
        Files.createDirectories(Path.of("target"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/event-on-map-browser-test.png")));
    }

    private void importCentroids() throws Exception {
        SignIn.as(users, "eventbrowser-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            importer.importFile("centroids-mixed.csv", in, -1, Progress.NONE);
        } finally {
            SignIn.out();
        }
    }
}
