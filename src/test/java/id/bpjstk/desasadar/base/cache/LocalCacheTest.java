package id.bpjstk.desasadar.base.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalCacheTest {

    private final LocalCaches caches = new LocalCaches();

    @Test
    void a_value_is_loaded_once_and_kept_until_invalidated() {
        var loads = new AtomicInteger();
        LocalCache<Integer> cache = caches.create("counter", loads::incrementAndGet);

        assertThat(cache.get()).isEqualTo(1);
        assertThat(cache.get()).isEqualTo(1);
        cache.invalidate();
        assertThat(cache.get()).isEqualTo(2);
    }

    /** The race behind an empty village layer: the map read the old rows while an import committed and invalidated. */
    @Test
    void a_load_under_way_when_the_data_changes_is_not_kept() throws Exception {
        var database = new AtomicInteger(0);
        var readDone = new CountDownLatch(1);
        var mayReturn = new CountDownLatch(1);
        LocalCache<Integer> cache = caches.create("slow", () -> {
            int rows = database.get();
            readDone.countDown();
            await(mayReturn);
            return rows;
        });

        CompletableFuture<Integer> reader = CompletableFuture.supplyAsync(cache::get);
        assertThat(readDone.await(10, TimeUnit.SECONDS)).isTrue();
        database.set(42); // the import commits
        cache.invalidate(); // and invalidates, while the reader still holds the old rows
        mayReturn.countDown();

        assertThat(reader.get(10, TimeUnit.SECONDS)).isZero(); // the reader itself sees what it read
        assertThat(cache.get()).isEqualTo(42); // but nobody after it
    }

    @Test
    void invalidate_all_drops_every_cache() {
        var a = new AtomicInteger();
        var b = new AtomicInteger();
        LocalCache<Integer> first = caches.create("a", a::incrementAndGet);
        LocalCache<Integer> second = caches.create("b", b::incrementAndGet);
        first.get();
        second.get();

        caches.invalidateAll();

        assertThat(first.peek()).isNull();
        assertThat(second.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
