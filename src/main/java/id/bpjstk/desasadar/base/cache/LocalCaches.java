package id.bpjstk.desasadar.base.cache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Every {@link LocalCache} of this node, so that all can be dropped at once: after data changed behind the
 * application's back (a restored backup, a test that resets its database).
 */
@Component
public class LocalCaches {

    private final List<LocalCache<?>> caches = new CopyOnWriteArrayList<>();

    public <T> LocalCache<T> create(String name, Supplier<T> loader) {
        var cache = new LocalCache<>(name, loader);
        caches.add(cache);
        return cache;
    }

    public void invalidateAll() {
        caches.forEach(LocalCache::invalidate);
    }
}
