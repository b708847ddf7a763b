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

    /** The add buttons the grid has rendered (it renders only the rows in view). */
    static final String RENDERED_ADD_BUTTONS = "() => [...document.querySelectorAll('vaadin-button.planning-add')].map(b => b.getAttribute('aria-label'))";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_coordinator_plans_eight_visits_optimises_the_route_saves_it_and_finds_them_in_the_calendar() {
        // the tests start without the bundled centroids: Banyuasin's villages within a short drive of the Palembang office
        jdbc.update("UPDATE area SET lat = -2.90 - (CAST(RIGHT(code, 4) AS UNSIGNED) MOD 13) / 150,"
                + " lng = 104.70 + CAST(SUBSTRING(code, 7, 2) AS UNSIGNED) / 150 WHERE code LIKE '16.07.__.____'");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);

        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/rencana");
        page.waitForURL("**/login");
        BrowserSession.signInHere(page, "koordinator.banyuasin", "demo1234");
        page.waitForSelector("vaadin-button.planning-add");
        BrowserSession.waitForServer(page);
        page.locator("vaadin-tab.plan-editor-tab").click();
        // short visits, so that eight villages fit one working day
        page.locator("vaadin-integer-field.plan-visit-minutes input").fill("30");
        page.locator("vaadin-integer-field.plan-visit-minutes input").press("Tab");
        BrowserSession.waitForServer(page);
        page.locator("vaadin-tab").first().click();
        addFromThePriorityList(page, 8);

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

    /** Clicks "Tambah ke rencana" on the first {@code count} villages of the list, scrolling the grid as a user would. */
    private static void addFromThePriorityList(Page page, int count) {
        java.util.Set<String> added = new java.util.LinkedHashSet<>();
        for (int attempt = 0; added.size() < count && attempt < 5 * count; attempt++) {
            @SuppressWarnings("unchecked")
            java.util.List<String> labels = (java.util.List<String>) page.evaluate(RENDERED_ADD_BUTTONS);
            String next = labels.stream().filter(l -> !added.contains(l)).findFirst().orElse(null);
            if (next == null) {
                page.evaluate("n => document.querySelector('vaadin-grid.planning-grid').scrollToIndex(n)", added.size());
            } else {
                page.locator("vaadin-button.planning-add[aria-label=\"" + next + "\"]").click();
                added.add(next);
            }
            BrowserSession.waitForServer(page);
        }
        assertThat(added).hasSize(count);
    }
}
