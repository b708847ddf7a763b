package id.bpjstk.desasadar.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import id.bpjstk.desasadar.BrowserHarness;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: the administrator creates a coordinator on /admin/pengguna and reads the one-time password; the
 * coordinator signs in with it, is held on the change-password view until they chose their own, then opens "Akun
 * saya". Screenshots at 1280 and 390 px wide: {@code target/users-browser-test-*.png}. The grid, the dialog and the forms
 * work under the app's Content-Security-Policy: the browser blocks nothing.
 */
@BrowserTest
class UsersBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    @LocalServerPort int port;

    @Test
    void a_new_coordinator_signs_in_with_the_one_time_password_chooses_their_own_and_sees_their_account() throws Exception {
        Files.createDirectories(Path.of("target"));
        Page page = browser.page();
        // a first page load may wait for Vaadin to rebuild a development bundle older than the frontend sources
        Response login = page.navigate(base() + "/login");
        assertThat(login.headerValue("content-security-policy")).contains("frame-ancestors 'none'");
        page.waitForFunction("() => !!customElements.get('vaadin-login-form')", null,
                new Page.WaitForFunctionOptions().setTimeout(900_000));
        BrowserSession.signInHere(page, "admin", "demo1234");
        page.navigate(base() + "/admin/pengguna");
        page.waitForSelector("vaadin-grid");
        BrowserSession.waitForServer(page);
        shot(page, "list");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tambah pengguna")).click();
        page.getByLabel("Nama pengguna").fill("wulan.koordinator");
        page.getByLabel("Nama lengkap").fill("Wulan Sari");
        page.getByLabel("Peran").fill("Koordinator");
        page.getByLabel("Peran").press("Enter");
        page.getByLabel("Kode wilayah").fill("35.78");
        BrowserSession.waitForServer(page);
        shot(page, "form");
        page.locator("vaadin-button.user-save").click();
        page.waitForSelector(".one-time-password");
        String oneTime = page.locator(".one-time-password").textContent().strip();
        assertThat(oneTime).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
        shot(page, "one-time-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tutup")).click();
        page.setViewportSize(390, 844);
        BrowserSession.waitForServer(page);
        shot(page, "list-phone");
        page.setViewportSize(1280, 900);

        page.context().clearCookies();
        BrowserSession.signIn(page, base(), "wulan.koordinator", oneTime);
        page.waitForURL("**/akun/sandi");
        page.waitForSelector(".change-password-view");
        shot(page, "change-password");
        page.getByLabel("Sandi sekali pakai").fill(oneTime);
        page.getByLabel("Sandi baru", new Page.GetByLabelOptions().setExact(true)).fill("kebun-kopi-lereng-7");
        page.getByLabel("Ulangi sandi baru").fill("kebun-kopi-lereng-7");
        page.locator("vaadin-button.password-change").click();
        page.waitForURL(url -> !url.contains("akun/sandi"));

        page.navigate(base() + "/akun");
        page.waitForSelector(".account-view");
        BrowserSession.waitForServer(page);
        assertThat(page.locator(".account-view").textContent()).contains("wulan.koordinator", "Masuk kali ini", "WIB");
        shot(page, "account");
        page.setViewportSize(390, 844);
        BrowserSession.waitForServer(page);
        shot(page, "account-phone");
        assertThat(browser.cspViolations()).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/users-browser-test-" + name + ".png")));
    }
}
