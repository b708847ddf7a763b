package id.bpjstk.desasadar;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, as the browser tests and benchmarks use it. */
public final class BrowserSession {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserSession() {
    }

    public static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /**
     * Signs in through the login view. Waits until Vaadin's login form is a live web component before
     * typing: a form filled before it upgrades can lose what was typed on a cold first page load.
     */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        signInHere(page, username, password);
    }

    /**
     * Signs in on the login view the page already shows (after a redirect to it). Being sent back to the login view
     * right after signing in was a defect of the app, not of the tests: see {@code StaleSessionFilter}.
     */
    public static void signInHere(Page page, String username, String password) {
        page.waitForFunction("() => !!customElements.get('vaadin-login-form') && !!document.querySelector('vaadin-login-form input[name=password]')");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", password);
        page.press("input[name=password]", "Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Waits until Vaadin has no round trip in flight: a map marker clicked while the viewport's new layers are on
     * their way can be replaced under the pointer, and the click is then lost.
     */
    public static void waitForServer(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
    }
}
