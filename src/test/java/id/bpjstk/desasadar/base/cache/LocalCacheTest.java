package id.bpjstk.desasadar.base.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /** Two nodes on one database: their counters are shared, their memories are not. */
    @Test
    void a_change_on_one_node_drops_the_other_nodes_value_at_its_next_poll_and_only_there() {
        var shared = CacheVersions.inMemory();
        var database = new AtomicInteger(1);
        LocalCache<Integer> onA = new LocalCaches(shared, Duration.ofSeconds(2)).create("tariffs", database::get);
        var nodeB = new LocalCaches(shared, Duration.ofSeconds(2));
        LocalCache<Integer> onB = nodeB.create("tariffs", database::get);
        assertThat(onA.get()).isEqualTo(1);
        assertThat(onB.get()).isEqualTo(1);

        database.set(2);
        onA.changed(); // outside a transaction: counted at once

        assertThat(onA.get()).isEqualTo(2);
        assertThat(onB.get()).as("until B polls").isEqualTo(1);
        assertThat(nodeB.poll()).containsExactly("tariffs");
        assertThat(onB.get()).isEqualTo(2);
        assertThat(nodeB.poll()).as("nothing new: nothing dropped").isEmpty();
    }

    /** A reader whose transaction began before a change it heard of reads the old counter with the old rows. */
    @Test
    void a_load_that_read_an_older_counter_than_the_poll_saw_is_not_kept() {
        var shared = CacheVersions.inMemory();
        var database = new AtomicInteger(1);
        var node = new LocalCaches(new CacheVersions() {
            boolean staleOnce = true;

            @Override
            public long current(String name) {
                if (staleOnce) {
                    staleOnce = false;
                    return 0; // its snapshot predates the bump
                }
                return shared.current(name);
            }

            @Override
            public long bump(String name) {
                return shared.bump(name);
            }

            @Override
            public Map<String, Long> all() {
                return shared.all();
            }
        }, Duration.ofSeconds(2));
        var loads = new AtomicInteger();
        LocalCache<Integer> cache = node.create("village points", () -> {
            loads.incrementAndGet();
            return database.get();
        });
        shared.bump("village points"); // another node committed a change
        node.poll();

        cache.get();
        cache.get();

        assertThat(loads).as("the first, stale load was handed out but not kept").hasValue(2);
    }

    @Test
    void a_change_patched_in_place_is_not_reloaded_here_but_is_on_the_other_node() {
        var shared = CacheVersions.inMemory();
        var loadsOnA = new AtomicInteger();
        var nodeA = new LocalCaches(shared, Duration.ofSeconds(2));
        var nodeB = new LocalCaches(shared, Duration.ofSeconds(2));
        var database = new int[] {1};
        LocalCache<int[]> onA = nodeA.create("status", () -> {
            loadsOnA.incrementAndGet();
            return database.clone();
        });
        LocalCache<int[]> onB = nodeB.create("status", database::clone);
        onA.get();
        onB.get();
        nodeA.poll();

        database[0] = 7;
        onA.changedInPlace(value -> value[0] = 7);

        assertThat(onA.get()[0]).isEqualTo(7);
        assertThat(nodeA.poll()).isEmpty();
        assertThat(loadsOnA).hasValue(1);
        assertThat(nodeB.poll()).isEqualTo(List.of("status"));
        assertThat(onB.get()[0]).isEqualTo(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
