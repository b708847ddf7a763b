package id.bpjstk.desasadar.base.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map kept in memory with a size limit: past it, the entry used least recently is dropped. Every cache whose keys a
 * client can choose (a zoom level, an address, a user id) is one of these, so that no request, however odd, makes the
 * server's memory grow without end (issue 13, item 3). Thread-safe; a value is computed outside the lock, so a slow
 * computation (simplifying a province outline) never holds up readers of other keys; two threads missing the same key
 * at once may both compute it, and the first stored wins.
 */
public final class BoundedMap<K, V> {

    private final int limit;
    private final LinkedHashMap<K, V> entries;

    public BoundedMap(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedMap.this.limit;
            }
        };
    }

    public int limit() {
        return limit;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The value, or null when none is kept. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** The kept value, or a new one computed (outside the lock) and kept. */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V kept = get(key);
        if (kept != null) {
            return kept;
        }
        V computed = compute.apply(key);
        synchronized (this) {
            V raced = entries.get(key);
            if (raced != null) {
                return raced;
            }
            entries.put(key, computed);
            return computed;
        }
    }
}
