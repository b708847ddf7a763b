package id.bpjstk.desasadar.base.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The change counter of each {@link LocalCache}, shared by every node: in the database ({@link DatabaseCacheVersions})
 * or, for a cache tested without one, in memory. A counter that was never bumped reads 0.
 */
public interface CacheVersions {

    /** The counter as this connection sees it now (in the caller's transaction, when there is one). */
    long current(String name);

    /** Adds one to the counter, in the caller's transaction when there is one, and returns the new value. */
    long bump(String name);

    /** Every counter bumped at least once. */
    Map<String, Long> all();

    /** Counters of a single process (unit tests): nothing to share. */
    static CacheVersions inMemory() {
        var counters = new ConcurrentHashMap<String, Long>();
        return new CacheVersions() {
            @Override
            public long current(String name) {
                return counters.getOrDefault(name, 0L);
            }

            @Override
            public long bump(String name) {
                return counters.merge(name, 1L, Long::sum);
            }

            @Override
            public Map<String, Long> all() {
                return Map.copyOf(counters);
            }
        };
    }
}
