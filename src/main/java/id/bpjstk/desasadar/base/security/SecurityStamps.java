package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.cache.BoundedMap;
import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current security stamp of each user, read from the database and kept for a short time ({@code
 * app.security.stamp-ttl}, 1 s by default) so that a burst of requests costs one primary-key read (decision 016).
 * A change made on this node drops the kept stamps when it commits, so it is seen by the very next request; a change
 * made on another node is seen here once the kept stamp expires.
 */
@Component
class SecurityStamps {

    private final JdbcTemplate jdbc;
    private final long ttlNanos;
    /**
     * One map per generation: an invalidation replaces the whole map (changes of users are rare), and a read that was
     * under way puts its possibly old stamp into the map that was dropped (see {@link LocalCache}).
     */
    private final LocalCache<BoundedMap<Long, Entry>> entries;
    /** Stamps kept at most: one per user signed in on this node; past it the least recently used is read again. */
    static final int CACHE_LIMIT = 10_000;

    SecurityStamps(JdbcTemplate jdbc, LocalCaches caches, @Value("${app.security.stamp-ttl:PT1S}") Duration ttl) {
        this.jdbc = jdbc;
        this.ttlNanos = ttl.toNanos();
        this.entries = caches.create("security-stamps", () -> new BoundedMap<>(CACHE_LIMIT));
    }

    /** The user's stamp; empty when the user no longer exists. */
    OptionalLong current(long userId) {
        var map = entries.get();
        long now = System.nanoTime();
        Entry e = map.get(userId);
        if (e != null && now - e.readAt < ttlNanos) {
            return e.stamp;
        }
        var stamps = jdbc.queryForList("SELECT security_stamp FROM app_user WHERE id = ?", Long.class, userId);
        OptionalLong stamp = stamps.isEmpty() ? OptionalLong.empty() : OptionalLong.of(stamps.getFirst());
        map.put(userId, new Entry(stamp, now));
        return stamp;
    }

    /** Forgets the kept stamps now and again when the surrounding transaction ends, and on the other nodes at their next poll. */
    void invalidateAfterCommit(long userId) {
        entries.changed();
    }

    private record Entry(OptionalLong stamp, long readAt) {
    }
}
