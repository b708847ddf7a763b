package id.bpjstk.desasadar.base.cache;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@link LocalCache} of this node, and the poll that keeps them in step with the other nodes (decision 022):
 * every {@code app.cache.poll-interval} (2 s) one query reads all change counters, and each cache whose counter moved
 * past what it holds is dropped. The poll runs on a thread of its own, on every node (it is no duty to run once
 * across nodes), so a long scheduled job never holds it up.
 */
@Component
public class LocalCaches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalCaches.class);

    private final List<LocalCache<?>> caches = new CopyOnWriteArrayList<>();
    private final CacheVersions versions;
    private final Duration pollInterval;
    private ScheduledExecutorService poller;

    /** Caches of a single process, without a database (unit tests). */
    public LocalCaches() {
        this(CacheVersions.inMemory(), Duration.ofSeconds(2));
    }

    @Autowired
    LocalCaches(CacheVersions versions, @Value("${app.cache.poll-interval:PT2S}") Duration pollInterval) {
        this.versions = versions;
        this.pollInterval = pollInterval;
    }

    /** A cache named uniquely in the application: the name is its change counter's. */
    public <T> LocalCache<T> create(String name, Supplier<T> loader) {
        if (caches.stream().anyMatch(c -> c.name().equals(name))) {
            throw new IllegalArgumentException("A cache named '" + name + "' exists already");
        }
        var cache = new LocalCache<>(name, loader, versions);
        caches.add(cache);
        return cache;
    }

    /** Drops every value and every counter seen: after data changed behind the application's back (a restored backup, a test that resets its database). */
    public void invalidateAll() {
        caches.forEach(LocalCache::reset);
    }

    /** Reads the counters once and drops what another node changed; the names of the caches dropped. */
    public List<String> poll() {
        Map<String, Long> now = versions.all();
        return caches.stream().filter(c -> c.observed(now.getOrDefault(c.name(), 0L))).map(LocalCache::name).toList();
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("cache-poll").daemon().factory());
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private void pollQuietly() {
        try {
            List<String> dropped = poll();
            if (!dropped.isEmpty()) {
                log.info("Changed on another node, dropped from this node's memory: {}", dropped);
            }
        } catch (RuntimeException e) { // the database is away for a moment: the next poll tries again
            log.warn("Could not read the cache change counters: {}", e.toString());
        }
    }
}
