package id.bpjstk.desasadar.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.bpjstk.desasadar.Application;
import id.bpjstk.desasadar.base.db.DatabaseServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application contexts — two nodes — on one new, empty database, started at the same moment (decision 021).
 * Needs a MariaDB server named by {@code DB_URL} (CI's service): the nodes must find one database by name before
 * either starts, which the embedded server, started inside a context, cannot offer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private DatabaseServer server;
    private String database;
    private List<ConfigurableApplicationContext> nodes = List.of();

    @BeforeAll
    void start_two_nodes_at_once_on_an_empty_database() throws Exception {
        String url = System.getenv("DB_URL");
        assumeTrue(url != null && !url.isBlank(), "TwoNodesTest needs DB_URL (a MariaDB server both nodes can reach)");
        server = DatabaseServer.parse(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
        database = "dsjs_nodes_" + System.currentTimeMillis();
        String nodeUrl = server.jdbcUrl(database);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        var contexts = new CopyOnWriteArrayList<ConfigurableApplicationContext>();
        try {
            LoggingOneAtATime loggingOneAtATime = new LoggingOneAtATime(new CyclicBarrier(2));
            var started = List.of("a", "b").stream()
                    .map(node -> starters.submit(() -> contexts.add(new SpringApplicationBuilder(Application.class)
                            .profiles("test")
                            .listeners(loggingOneAtATime.before(), loggingOneAtATime.after())
                            // arguments, not default properties: they must win over application-test.properties
                            .run("--app.db.fresh-database=false", "--app.db.url=" + nodeUrl, "--app.db.user=" + server.user(),
                                    "--app.db.password=" + server.password(), "--server.port=0"))))
                    .toList();
            for (var f : started) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            starters.shutdownNow();
            // a node that started while the other failed is closed with the class, not left polling a dropped database
            nodes = List.copyOf(contexts);
        }
    }

    /**
     * Logback's own start is not safe from two threads of one JVM (its life-cycle set is a plain {@code HashSet}): two
     * nodes in one test JVM take turns for it, then meet at the barrier and go on at the same moment, which is the part
     * under test — both reaching the empty database at once. Separate machines have separate Logbacks.
     */
    private record LoggingOneAtATime(CyclicBarrier together, Semaphore turn) {

        LoggingOneAtATime(CyclicBarrier together) {
            this(together, new Semaphore(1));
        }

        ApplicationListener<ApplicationEnvironmentPreparedEvent> before() {
            return new Step(LoggingApplicationListener.DEFAULT_ORDER - 1, turn::acquireUninterruptibly);
        }

        ApplicationListener<ApplicationEnvironmentPreparedEvent> after() {
            return new Step(LoggingApplicationListener.DEFAULT_ORDER + 1, () -> {
                turn.release();
                try {
                    together.await(1, TimeUnit.MINUTES);
                } catch (Exception e) {
                    throw new IllegalStateException("The other node did not reach the start line", e);
                }
            });
        }

        private record Step(int order, Runnable action)
                implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, org.springframework.core.Ordered {

            @Override
            public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
                action.run();
            }

            @Override
            public int getOrder() {
                return order;
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (server != null) {
            try (var c = DriverManager.getConnection(server.jdbcUrl(""), server.user(), server.password()); var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
        }
    }

    @Test
    void both_nodes_start_and_the_official_areas_are_loaded_once() {
        // without the start-up lock both nodes see an empty table, both load, and one fails on the other's rows
        assertThat(nodes).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
        // 38 provinces, 514 regencies, 7,285 districts and 83,762 villages, each once
        assertThat(jdbc(nodes.get(1)).queryForObject("SELECT COUNT(*) FROM area", Long.class)).isEqualTo(91_599);
        assertThat(jdbc(nodes.get(0)).queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'admin'", Long.class)).isEqualTo(1);
    }

    @Test
    void a_duty_triggered_on_both_nodes_at_once_runs_on_one() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch aNodeSkipped = new CountDownLatch(1);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = nodes.stream().map(node -> callers.submit(() -> {
                together.await();
                boolean here = node.getBean(ClusterDuties.class).once("two-nodes-test", Duration.ZERO, () -> {
                    runs.incrementAndGet();
                    // hold the duty until the other node has tried: without the lock it would run too, and this waits out
                    await(aNodeSkipped);
                });
                if (!here) {
                    aNodeSkipped.countDown();
                }
                return here;
            })).toList();
            assertThat(List.of(ran.get(0).get(1, TimeUnit.MINUTES), ran.get(1).get(1, TimeUnit.MINUTES))).containsExactlyInAnyOrder(true, false);
        } finally {
            callers.shutdownNow();
        }
        assertThat(runs).hasValue(1);
        assertThat(nodes.stream().mapToDouble(n -> n.getBean(MeterRegistry.class).counter("desasadar.duty.runs", "duty", "two-nodes-test").count()).sum())
                .isEqualTo(1.0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
