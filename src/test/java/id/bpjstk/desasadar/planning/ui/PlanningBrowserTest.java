package id.bpjstk.desasadar.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.bpjstk.desasadar.BrowserHarness;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.BrowserTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium: the Banyuasin coordinator adds eight villages from the priority list to a plan, optimises it,
 * sees the route numbered 1–8 on the map, saves it, and finds the eight visits in the events calendar.
 */
@BrowserTest
class PlanningBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    static final String BADGES = "() => [...document.querySelector('.plan-map').shadowRoot.querySelectorAll('.map-badge')]"
            + ".map(b => b.textContent).sort((a, b) => a - b).join(',')";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_coordinator_plans_eight_visits_optimises_the_route_saves_it_and_finds_them_in_the_calendar() {
        // the tests start without the bundled centroids: spread Banyuasin's villages over the regency
        jdbc.update("UPDATE area SET lat = -2.55 - (CAST(RIGHT(code, 4) AS UNSIGNED) MOD 37) / 90,"
                + " lng = 104.45 + CAST(SUBSTRING(code, 7, 2) AS UNSIGNED) / 40 WHERE code LIKE '16.07.__.____'");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);

        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/rencana");
        page.waitForURL("**/login");
        BrowserSession.signInHere(page, "koordinator.banyuasin", "demo1234");
        page.waitForSelector("vaadin-button.planning-add");
        BrowserSession.waitForServer(page);
        for (int i = 0; i < 8; i++) {
            page.locator("vaadin-button.planning-add").nth(i).click();
            BrowserSession.waitForServer(page);
        }

        page.locator("vaadin-tab.plan-editor-tab").click();
        assertThat(page.locator("vaadin-tab.plan-editor-tab").textContent()).contains("(8)");
        page.locator("vaadin-button.plan-optimise").click();
        page.waitForFunction(BADGES + " === '1,2,3,4,5,6,7,8'");
        BrowserSession.waitForServer(page);
        assertThat(page.locator(".plan-totals").textContent()).contains("8 kunjungan", "km");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/planning-browser-test.png")));

        page.locator("vaadin-button.plan-save").click();
        page.waitForSelector("vaadin-notification-card:has-text('Rencana disimpan')");

        page.navigate("http://localhost:" + port + "/kegiatan/kalender?tampilan=minggu&tanggal=" + tomorrow);
        page.waitForSelector(".calendar-chip");
        assertThat(page.locator(".calendar-chip.event-planned:has-text('Kunjungan')").count()).isEqualTo(8);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/planning-browser-test-calendar.png")));
    }
}
