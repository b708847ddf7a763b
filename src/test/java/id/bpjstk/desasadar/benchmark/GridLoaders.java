package id.bpjstk.desasadar.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import id.bpjstk.desasadar.BrowserSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Users loading a page again and again, each in its own context (cookies, session) of one headless Chromium driven
 * from one thread: Playwright's Java API is single-threaded, so the thread starts a navigation in every context
 * without waiting for it ({@code location.assign} from a timer), then looks at every page in turn until its page
 * shows, records the time and starts the next one. Ten browser processes would not fit two cores beside the app; one
 * browser with ten contexts is ten independent sessions with their own renderer.
 *
 * <p>The look at the pages comes round every {@value #ROUND_MILLIS} ms, so a recorded time is late by up to that.
 */
final class GridLoaders implements AutoCloseable {

    static final long ROUND_MILLIS = 25;

    private final String base;
    private final List<String> users;
    private final String path;
    private final String shown;
    private final Thread thread;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch go = new CountDownLatch(1);
    private final List<Double> times = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;
    private volatile Throwable failure;

    /** Signs every user in and opens {@code path} once; loading starts with {@link #go}. */
    GridLoaders(String base, List<String> users, String path, String shown) {
        this.base = base;
        this.users = users;
        this.path = path;
        this.shown = shown;
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

    private final class Slot {
        final Page page;
        long start;

        Slot(Page page) {
            this.page = page;
        }

        void load() {
            start = System.nanoTime();
            // the old document is marked stale, so that only the new one can count as shown
            page.evaluate("u => { window.__stale = true; setTimeout(() => location.assign(u), 0); }", base + path);
        }

        boolean shown() {
            try {
                return Boolean.TRUE.equals(page.evaluate("() => !window.__stale && (" + shown + ")()"));
            } catch (PlaywrightException navigating) {
                return false; // the document went away under the look: the next round looks at the new one
            }
        }
    }

    private void run() {
        try (Playwright pw = BrowserSession.playwright(); Browser browser = BrowserSession.chromium(pw)) {
            List<Slot> slots = new ArrayList<>();
            for (String user : users) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                context.setDefaultTimeout(120_000);
                Page page = context.newPage();
                BrowserSession.signIn(page, base, user, LoadBenchmarkData.PASSWORD);
                page.navigate(base + path);
                page.waitForFunction(shown);
                slots.add(new Slot(page));
            }
            ready.countDown();
            go.await();
            slots.forEach(Slot::load);
            while (!stopped) {
                for (Slot slot : slots) {
                    if (slot.shown()) {
                        times.add((System.nanoTime() - slot.start) / 1e6);
                        slot.load();
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ROUND_MILLIS)); // the round's pace, not a wait for a condition
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            ready.countDown();
        }
    }
}
