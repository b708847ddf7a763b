package id.bpjstk.desasadar.base.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value derived from the database and kept in this node's memory until its data changes. Loaded lazily; an
 * invalidation always wins over a load that was under way when it came: a load that started before a writer
 * committed may have read the old rows, so it is handed to its caller but not kept. (Before this rule, a map
 * opened during a coordinate import could keep an empty village index until the next import.)
 */
public final class LocalCache<T> {

    private final String name;
    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry<T> entry;

    LocalCache(String name, Supplier<T> loader) {
        this.name = name;
        this.loader = loader;
    }

    public String name() {
        return name;
    }

    public T get() {
        Entry<T> e = entry;
        long g = generation.get();
        if (e != null && e.generation == g) {
            return e.value;
        }
        T value = loader.get();
        synchronized (this) {
            if (generation.get() == g) {
                entry = new Entry<>(value, g);
            }
        }
        return value;
    }

    /** The cached value when one is held, without loading; null otherwise. */
    public T peek() {
        Entry<T> e = entry;
        return e != null && e.generation == generation.get() ? e.value : null;
    }

    public void invalidate() {
        synchronized (this) {
            generation.incrementAndGet();
            entry = null;
        }
    }

    /**
     * Drops the value now and again when the surrounding transaction ends, so that no reader keeps the rows
     * it read between the write and the commit. Outside a transaction this is {@link #invalidate()}.
     */
    public void invalidateAfterCommit() {
        invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private record Entry<T>(T value, long generation) {
    }
}
