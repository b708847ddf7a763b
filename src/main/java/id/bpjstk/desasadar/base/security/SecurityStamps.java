package id.bpjstk.desasadar.base.security;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current security stamp of each user, read from the database and kept for a short time ({@code
 * app.security.stamp-ttl}, 1 s by default) so that a burst of requests costs one primary-key read (decision 016).
 * A change made on this node drops the user's entry when it commits, so it is seen by the very next request; a
 * change made on another node is seen here once the entry expires.
 */
@Component
class SecurityStamps {

    private final JdbcTemplate jdbc;
    private final long ttlNanos;
    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    SecurityStamps(JdbcTemplate jdbc, @Value("${app.security.stamp-ttl:PT1S}") Duration ttl) {
        this.jdbc = jdbc;
        this.ttlNanos = ttl.toNanos();
    }

    /** The user's stamp; empty when the user no longer exists. */
    OptionalLong current(long userId) {
        long now = System.nanoTime();
        Entry e = entries.get(userId);
        if (e != null && e.generation == generation.get() && now - e.readAt < ttlNanos) {
            return e.stamp;
        }
        long g = generation.get();
        var stamps = jdbc.queryForList("SELECT security_stamp FROM app_user WHERE id = ?", Long.class, userId);
        OptionalLong stamp = stamps.isEmpty() ? OptionalLong.empty() : OptionalLong.of(stamps.getFirst());
        // a read that began before an invalidation may hold the old stamp: hand it over but do not keep it
        if (generation.get() == g) {
            entries.put(userId, new Entry(stamp, now, g));
        }
        return stamp;
    }

    /** Forgets the user's stamp now and again when the surrounding transaction ends. */
    void invalidateAfterCommit(long userId) {
        invalidate(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate(userId);
                }
            });
        }
    }

    void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private void invalidate(long userId) {
        generation.incrementAndGet();
        entries.remove(userId);
    }

    private record Entry(OptionalLong stamp, long readAt, long generation) {
    }
}
