package id.bpjstk.desasadar.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.bpjstk.desasadar.BrowserSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Users loading a page, looking at it and loading it again, each in its own context (cookies, session) of one headless
 * Chromium. Each page drives itself: a script in every document of a loader's context ({@link #DRIVER}) looks for the
 * page's content every 50 ms, reports the time since its navigation started to the test ({@code window.loadShown},
 * answered with whether to go on), and after a think time navigates again. The think time is drawn between half and
 * one and a half times {@code thinkMillis} (users do not reload in step); without it ten pages reloading without pause
 * took the two cores from the app they measured (docs/benchmarks.md, decision 026). The thread here only lets
 * Playwright deliver the reports (Playwright's Java API is single-threaded and delivers events only while it is
 * called), so the users load concurrently and their times are measured in the page, not by a round of looks from here.
 * Ten browser processes would not fit two cores beside the app; one browser with ten contexts is ten independent
 * sessions with their own renderers.
 */
final class GridLoaders implements AutoCloseable {

    static final double ROUND_MILLIS = 25;

    private final String base;
    private final List<String> users;
    private final String path;
    private final String shown;
    private final long thinkMillis;
    private final Thread thread;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch go = new CountDownLatch(1);
    private final List<Double> times = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;
    private volatile Throwable failure;

    /** Signs every user in and opens {@code path} once; loading starts with {@link #go}. */
    GridLoaders(String base, List<String> users, String path, String shown, long thinkMillis) {
        this.base = base;
        this.users = users;
        this.path = path;
        this.shown = shown;
        this.thinkMillis = thinkMillis;
        this.thread = Thread.ofPlatform().name("grid-loaders").daemon().start(this::run);
    }

    void awaitReady(long seconds) throws InterruptedException {
        if (!ready.await(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the loaders' users were not signed in within " + seconds + " s");
        }
        check();
    }

    void go() {
        go.countDown();
    }

    /** The page loads completed so far, in ms (navigation → grid rows shown). */
    List<Double> times() {
        synchronized (times) {
            return new ArrayList<>(times);
        }
    }

    /** Whether no loader has failed; throws the failure otherwise. */
    boolean healthy() {
        check();
        return true;
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("a grid loader failed", failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        go.countDown();
        thread.join(60_000);
    }

    private void run() {
        try (Playwright pw = BrowserSession.playwright(); Browser browser = BrowserSession.chromium(pw)) {
            List<Page> pages = new ArrayList<>();
            for (String user : users) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                context.setDefaultTimeout(120_000);
                context.exposeBinding("loadShown", (source, args) -> {
                    times.add(((Number) args[0]).doubleValue());
                    return !stopped;
                });
                context.addInitScript(DRIVER.formatted(shown, thinkMillis));
                Page page = context.newPage();
                BrowserSession.signIn(page, base, user, LoadBenchmarkData.PASSWORD);
                page.navigate(base + path);
                page.waitForFunction(shown);
                pages.add(page);
            }
            ready.countDown();
            go.await();
            for (Page page : pages) {
                page.evaluate(START.formatted(thinkMillis), base + path);
            }
            while (!stopped) {
                pages.getFirst().waitForTimeout(ROUND_MILLIS); // lets Playwright deliver the pages' reports
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            ready.countDown();
        }
    }

    /** Marks the session as loading and starts the first navigation, within one think time (users do not start in step). */
    static final String START = """
            u => { sessionStorage.setItem('loadUrl', u);
                   setTimeout(() => { sessionStorage.setItem('loadStart', String(Date.now())); location.assign(u); },
                              Math.random() * %d); }""";

    /** In every document: when loading, wait for the content, report, look at it, go again (or stop when told). */
    static final String DRIVER = """
            (() => {
              const url = sessionStorage.getItem('loadUrl');
              if (!url) return;
              const shown = %s;
              const think = %d;
              const look = setInterval(() => {
                let ok = false;
                try { ok = shown(); } catch (e) { }
                if (!ok) return;
                clearInterval(look);
                const ms = Date.now() - Number(sessionStorage.getItem('loadStart'));
                window.loadShown(ms).then(more => {
                  if (!more) { sessionStorage.removeItem('loadUrl'); return; }
                  setTimeout(() => {
                    sessionStorage.setItem('loadStart', String(Date.now()));
                    location.assign(url);
                  }, think * (0.5 + Math.random()));
                });
              }, 50);
            })();""";
}
