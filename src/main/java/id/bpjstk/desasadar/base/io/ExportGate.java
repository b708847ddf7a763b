package id.bpjstk.desasadar.base.io;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many streamed exports run at once, overall and per user. A streamed export holds a database connection
 * for as long as the browser takes to receive the file; the exports' connections come from a pool of their own with
 * one connection per place here ({@code ExportConnections}, decision 026), so slow clients can neither take the
 * pages' connections nor queue for their own. An export that finds no place is refused at once (never queued: a
 * queued download would hold a servlet thread instead).
 *
 * <p>Settings: {@code app.export.max-concurrent} (default 5, at least 1; also the size of the exports' pool) and
 * {@code app.export.max-per-user} (default 2).
 */
@Component
public class ExportGate {

    /** A place taken by a running export; closing it (once or more) gives the place back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int overallLimit;
    private final Semaphore overall;
    private final int perUser;
    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

    /** A gate for at most {@code maxConcurrent} exports at once (at least 1), {@code maxPerUser} of them one user's. */
    public ExportGate(@Value("${app.export.max-concurrent:5}") int maxConcurrent,
                      @Value("${app.export.max-per-user:2}") int maxPerUser) {
        this.overallLimit = Math.max(1, maxConcurrent);
        this.overall = new Semaphore(overallLimit);
        this.perUser = Math.max(1, maxPerUser);
    }

    /** The most exports running at once, all users together: the size of the exports' connection pool. */
    public int overallLimit() {
        return overallLimit;
    }

    /** A place for one export of {@code user}, or empty when the user or everyone together already runs the most allowed. */
    public Optional<Permit> tryEnter(String user) {
        if (!overall.tryAcquire()) {
            return Optional.empty();
        }
        boolean[] admitted = {false};
        running.compute(user, (u, n) -> {
            int count = n == null ? 0 : n;
            admitted[0] = count < perUser;
            return admitted[0] ? count + 1 : n;
        });
        if (!admitted[0]) {
            overall.release();
            return Optional.empty();
        }
        var released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                running.computeIfPresent(user, (u, n) -> n <= 1 ? null : n - 1);
                overall.release();
            }
        });
    }
}
