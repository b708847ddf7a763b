package id.bpjstk.desasadar.base.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedMapTest {

    @Test
    void ten_thousand_distinct_keys_leave_the_map_at_its_limit() {
        var map = new BoundedMap<String, String>(500);

        for (int i = 0; i < 10_000; i++) {
            map.computeIfAbsent("key-" + i, k -> k.toUpperCase());
        }

        assertThat(map.size()).isEqualTo(500);
        assertThat(map.get("key-9999")).isEqualTo("KEY-9999");
        assertThat(map.get("key-0")).as("the oldest entries are the ones dropped").isNull();
    }

    @Test
    void the_entry_used_least_recently_is_the_one_dropped() {
        var map = new BoundedMap<Integer, String>(2);
        map.put(1, "one");
        map.put(2, "two");

        map.get(1);
        map.put(3, "three");

        assertThat(map.get(1)).isEqualTo("one");
        assertThat(map.get(2)).isNull();
        assertThat(map.get(3)).isEqualTo("three");
    }

    @Test
    void a_kept_value_is_not_computed_again() {
        var map = new BoundedMap<Integer, String>(10);
        map.computeIfAbsent(1, k -> "first");

        assertThat(map.computeIfAbsent(1, k -> "second")).isEqualTo("first");
    }
}
