package id.bpjstk.desasadar.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The time of each user interaction (all the round trips of one click or pan, without think time), collected across
 * virtual users of this JVM, printed at the end as BENCHMARK lines with the 95th percentile per interaction: the
 * figure of issue 14, item 6 (p95 ≤ 500 ms per interaction). Gatling's HTML report has the same groups in detail.
 */
final class Timings {

    static final long TARGET_P95_MS = Long.getLong("targetP95Ms", 500);

    private static final Map<String, List<Long>> TIMES = new ConcurrentSkipListMap<>();
    private static final Map<String, AtomicInteger> FAILED = new ConcurrentHashMap<>();

    private Timings() {
    }

    static void record(String interaction, long millis, boolean failed) {
        TIMES.computeIfAbsent(interaction, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(millis);
        if (failed) {
            FAILED.computeIfAbsent(interaction, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** One line per interaction, then the verdict: did every judged interaction stay within the target at p95? */
    static void print(String setting, Predicate<String> judged) {
        String worst = null;
        long worstP95 = -1;
        int failedTotal = 0;
        for (var e : TIMES.entrySet()) {
            List<Long> sorted;
            synchronized (e.getValue()) {
                sorted = new ArrayList<>(e.getValue());
            }
            sorted.sort(Long::compare);
            long p95 = percentile(sorted, 95);
            int failed = FAILED.getOrDefault(e.getKey(), new AtomicInteger()).get();
            System.out.printf("BENCHMARK load test interaction %-42s n=%5d  p50=%6d ms  p95=%6d ms  max=%6d ms  failed=%d%s%n",
                    "\"" + e.getKey() + "\"", sorted.size(), percentile(sorted, 50), p95, sorted.getLast(), failed,
                    judged.test(e.getKey()) ? "" : "  (the load, not judged)");
            if (!judged.test(e.getKey())) {
                continue;
            }
            failedTotal += failed;
            if (p95 > worstP95) {
                worstP95 = p95;
                worst = e.getKey();
            }
        }
        System.out.printf("BENCHMARK load test %s: worst p95 %d ms (%s), failed interactions %d: %s%n", setting, worstP95, worst,
                failedTotal, worstP95 <= TARGET_P95_MS && failedTotal == 0 ? "HELD (every interaction p95 <= " + TARGET_P95_MS + " ms)"
                        : "NOT HELD (target p95 <= " + TARGET_P95_MS + " ms per interaction, no failures)");
    }
}
