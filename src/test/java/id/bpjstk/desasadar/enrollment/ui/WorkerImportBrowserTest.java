package id.bpjstk.desasadar.enrollment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.bpjstk.desasadar.BrowserHarness;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: a coordinator of Banyuasin uploads five workers, one of them outside the scope; the progress bar
 * runs to the end, the report lists the refused row, and the four others are in the worker grid.
 */
@BrowserTest
class WorkerImportBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    @LocalServerPort int port;

    @Test
    void a_coordinator_imports_a_csv_of_workers_reads_the_report_and_finds_them_in_the_grid() throws Exception {
        Path fixture = Path.of(getClass().getResource("/worker-import/banyuasin-workers.csv").toURI());

        Page page = browser.page();
        String base = "http://localhost:" + port;
        BrowserSession.signIn(page, base, "koordinator.banyuasin", "demo1234");
        page.navigate(base + "/peserta/impor");
        page.waitForSelector("vaadin-upload");

        FileChooser chooser = page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").first().click());
        chooser.setFiles(fixture);

        Locator summary = page.locator(".import-summary");
        summary.waitFor();
        assertThat(page.evaluate("() => document.querySelector('vaadin-progress-bar.import-progress').value")).isEqualTo(1);
        assertThat(summary.textContent()).contains("4 peserta disimpan", "0 sudah terdaftar", "1 baris ditolak");

        Download download = page.waitForDownload(() -> page.click("a.import-download"));
        List<String> report = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("6;kode_desa;").contains("Bejo Luar Wilayah");

        page.click("a.import-to-grid");
        page.waitForURL(url -> url.endsWith("/peserta"));
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Kode wilayah")).locator("input")
                .fill("16.07.05.20");
        page.keyboard().press("Enter");
        for (String name : new String[] {"Ahmad Taja Mulya", "Sari Taja Mulya", "Darto Taja Raya", "Rina Taja Indah"}) {
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first().waitFor();
        }
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Bejo")).count()).isZero();
        Files.createDirectories(Path.of("target"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/worker-import-browser-test.png")));
    }
}
