package id.bpjstk.desasadar;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * One Chromium page per browser test, and what explains a failure left in {@code target/browser-failures/<test>/}:
 * a screenshot, the page's HTML and URL, the browser's console, every request the page and its service worker made
 * (with its status), and the server's log lines written during the test.
 * <p>
 * Register with {@code @RegisterExtension final BrowserHarness browser = new BrowserHarness();} and use
 * {@link #page()}. Tests are skipped when Debian's Chromium is not installed. A test whose page reported a
 * Content-Security-Policy violation fails.
 */
public final class BrowserHarness implements BeforeEachCallback, AfterEachCallback {

    public static final double TIMEOUT_MS = 60_000;

    private final List<String> console = Collections.synchronizedList(new ArrayList<>());
    private final List<String> network = Collections.synchronizedList(new ArrayList<>());
    private final ServerLog serverLog = new ServerLog();
    private Playwright playwright;
    private Browser browser;
    private Page page;

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(BrowserSession.chromiumInstalled(),
                "Debian's chromium is not installed: skipping the browser test (.ci/run installs it)");
        serverLog.start();
    }

    /** The test's page, 1280 × 800, opened on first use. */
    public Page page() {
        if (page == null) {
            playwright = BrowserSession.playwright();
            browser = BrowserSession.chromium(playwright);
            page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.setDefaultTimeout(TIMEOUT_MS);
            page.onConsoleMessage(m -> console.add(Instant.now() + " " + m.type() + ": " + m.text()));
            // Chromium logs most blocked loads itself; the event also reports what a shadow root or a worker blocked
            page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                    + "'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
            page.onPageError(e -> console.add(Instant.now() + " pageerror: " + e));
            // the context's events include the service worker's requests, which the page's do not
            page.context().onResponse(r -> network.add(Instant.now() + " " + r.status() + " " + r.request().method() + " " + r.url()));
            page.context().onRequestFailed(r -> network.add(Instant.now() + " FAILED " + r.method() + " " + r.url() + " " + r.failure()));
        }
        return page;
    }

    /** What the browser refused under the app's Content-Security-Policy so far: a page that works under it has none. */
    public List<String> cspViolations() {
        synchronized (console) {
            return console.stream().filter(line -> line.contains("Content Security Policy")).toList();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<String> blocked = page == null ? List.of() : cspViolations();
        try {
            if (context.getExecutionException().isPresent() && page != null) {
                Path dir = Path.of("target", "browser-failures", context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName());
                Files.createDirectories(dir);
                writeQuietly(dir.resolve("url.txt"), () -> page.url());
                writeQuietly(dir.resolve("page.html"), () -> page.content());
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("screenshot.png")).setTimeout(10_000));
                } catch (RuntimeException e) {
                    Files.writeString(dir.resolve("screenshot-failed.txt"), e.toString());
                }
                Files.write(dir.resolve("console.log"), List.copyOf(console));
                Files.write(dir.resolve("network.log"), List.copyOf(network));
                Files.write(dir.resolve("server.log"), serverLog.lines());
                System.err.println("Browser test failed: what the page and the server showed is in " + dir.toAbsolutePath());
            }
        } finally {
            serverLog.stop();
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        }
        // every browser test also shows that its pages work under the app's Content-Security-Policy (issue 13)
        if (context.getExecutionException().isEmpty() && !blocked.isEmpty()) {
            throw new AssertionError("The browser blocked under the Content-Security-Policy: " + blocked);
        }
    }

    private static void writeQuietly(Path file, java.util.function.Supplier<String> content) throws IOException {
        String text;
        try {
            text = content.get();
        } catch (RuntimeException e) {
            text = "(not available: " + e + ")";
        }
        Files.writeString(file, text);
    }

    /** The server's log lines while the test runs, from every logger the root logger hears. */
    private static final class ServerLog extends AppenderBase<ILoggingEvent> {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void start() {
            lines.clear();
            var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            super.start();
            root.addAppender(this);
        }

        @Override
        public void stop() {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(this);
            super.stop();
        }

        @Override
        protected void append(ILoggingEvent e) {
            lines.add(Instant.ofEpochMilli(e.getTimeStamp()) + " " + e.getLevel() + " [" + e.getThreadName() + "] "
                    + e.getLoggerName() + ": " + e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : " — " + e.getThrowableProxy().getClassName() + ": "
                    + e.getThrowableProxy().getMessage()));
        }

        List<String> lines() {
            return List.copyOf(lines);
        }
    }
}
