package id.bpjstk.desasadar.base.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value derived from the database and kept in this node's memory until its data changes — on this node or on
 * another one (decision 022). Loaded lazily. Each cache has a change counter in the database ({@link CacheVersions}):
 * a writer bumps it in its own transaction ({@link #changed()}), and every node polls the counters
 * ({@link LocalCaches}) and drops a value loaded before the counter moved.
 * <p>
 * Two rules keep an old value from being kept. An invalidation always wins over a load that was under way when it
 * came: a load that started before a writer committed may have read the old rows, so it is handed to its caller but
 * not kept. (Before this rule, a map opened during a coordinate import could keep an empty village index until the next
 * import.) And a load reads the counter before the data, in the same transaction: a load whose transaction began
 * before a change this node already knows of reads an older counter, and is not kept either.
 */
public final class LocalCache<T> {

    private final String name;
    private final Supplier<T> loader;
    private final CacheVersions versions;
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry<T> entry;
    /** The highest counter this node knows to be committed; -1 before the first poll. Guarded by this. */
    private long known = -1;

    LocalCache(String name, Supplier<T> loader, CacheVersions versions) {
        this.name = name;
        this.loader = loader;
        this.versions = versions;
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
        long version = versions.current(name); // before the data: the data is at least as new as this
        T value = loader.get();
        synchronized (this) {
            if (generation.get() == g && version >= known) {
                entry = new Entry<>(value, g, version);
            }
        }
        return value;
    }

    /** The cached value when one is held, without loading; null otherwise. */
    public T peek() {
        Entry<T> e = entry;
        return e != null && e.generation == generation.get() ? e.value : null;
    }

    /** Drops this node's value (the next {@link #get()} loads it again); other nodes are not told. */
    public void invalidate() {
        synchronized (this) {
            generation.incrementAndGet();
            entry = null;
        }
    }

    /**
     * The data behind this cache is being changed in the caller's transaction: bumps the change counter in that
     * transaction, so that every other node drops its value within a poll once the change commits, and drops this
     * node's value now and again when the transaction ends, so that no reader keeps the rows it read between the
     * write and the commit. Outside a transaction the counter is bumped at once.
     */
    public void changed() {
        long version = versions.bump(name);
        invalidate();
        afterTransaction(committed -> {
            invalidate();
            if (committed) {
                know(version);
            }
        });
    }

    /**
     * Like {@link #changed()}, but this node's value is brought up to date by {@code patch} after the commit instead
     * of being reloaded (a village recoloured in an index of 83,403): when this node already holds every earlier
     * change; else, and on a rollback, it is dropped. Other nodes reload.
     */
    public void changedInPlace(Consumer<T> patch) {
        long version = versions.bump(name);
        afterTransaction(committed -> {
            synchronized (this) {
                Entry<T> e = entry;
                if (committed && e != null && e.generation == generation.get() && e.version == version - 1) {
                    patch.accept(e.value);
                    entry = new Entry<>(e.value, e.generation, version);
                    know(version);
                } else {
                    invalidate();
                    if (committed) {
                        know(version);
                    }
                }
            }
        });
    }

    /**
     * The counter as the database has it now (from the poll): a value loaded before it moved is dropped. Returns
     * whether a value was dropped.
     */
    synchronized boolean observed(long version) {
        known = version; // not the maximum: after a test puts its database back, the counters go down
        Entry<T> e = entry;
        if (e != null && e.version < version) {
            invalidate();
            return true;
        }
        return false;
    }

    /** Forgets the value and every counter seen (the database was put back to an earlier state). */
    synchronized void reset() {
        invalidate();
        known = -1;
    }

    private synchronized void know(long version) {
        known = Math.max(known, version);
    }

    private static void afterTransaction(Consumer<Boolean> action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.accept(status == STATUS_COMMITTED);
                }
            });
        } else {
            action.accept(true);
        }
    }

    private record Entry<T>(T value, long generation, long version) {
    }
}
