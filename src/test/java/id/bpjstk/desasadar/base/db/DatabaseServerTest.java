package id.bpjstk.desasadar.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * DB_URL naming one server or the nodes of a Galera cluster (issue 14, item 5; decision 025): the driver's failover
 * URL keeps its mode and every node, and the app creates its database and connects through it while the first node
 * is down.
 */
class DatabaseServerTest {

    @Test
    void a_single_server_url_keeps_its_host_port_database_and_options() {
        var server = DatabaseServer.parse("jdbc:mariadb://db.example:3307/desasadar?useSsl=true", "app", "secret");

        assertThat(server.hosts()).isEqualTo("db.example:3307");
        assertThat(server.database()).isEqualTo("desasadar");
        assertThat(server.jdbcUrl("other")).isEqualTo("jdbc:mariadb://db.example:3307/other?useSsl=true");
    }

    @Test
    void a_cluster_url_keeps_the_failover_mode_and_every_node_and_gives_a_node_without_port_3306() {
        var server = DatabaseServer.parse("jdbc:mariadb:sequential://10.0.0.1:3311, 10.0.0.2,10.0.0.3:3313/desasadar", "root", null);

        assertThat(server.haMode()).isEqualTo("sequential");
        assertThat(server.database()).isEqualTo("desasadar");
        assertThat(server.jdbcUrl("dsjs_test_1"))
                .isEqualTo("jdbc:mariadb:sequential://10.0.0.1:3311,10.0.0.2:3306,10.0.0.3:3313/dsjs_test_1");
        assertThat(server.jdbcUrl("")).as("the URL that creates the database names no database")
                .isEqualTo("jdbc:mariadb:sequential://10.0.0.1:3311,10.0.0.2:3306,10.0.0.3:3313/");
    }

    @Test
    void a_url_that_is_no_mariadb_url_is_refused_with_both_shapes_shown() {
        assertThatThrownBy(() -> DatabaseServer.parse("postgres://db/desasadar", "root", ""))
                .hasMessageContaining("jdbc:mariadb://host:3306/database")
                .hasMessageContaining("jdbc:mariadb:sequential://");
    }

    /** The first node named is down (a port nobody listens on): the app still creates its database and works on the next. */
    @Test
    void the_app_creates_its_database_and_connects_through_a_cluster_url_whose_first_node_is_down() throws Exception {
        String url = System.getenv("DB_URL");
        assumeThat(url).as("needs a MariaDB server in DB_URL").isNotBlank();
        var live = DatabaseServer.parse(url, "root", System.getenv("DB_PASSWORD"));
        assumeThat(live.haMode()).isEmpty();
        var cluster = new DatabaseServer("sequential", "127.0.0.1:" + sparePort() + "," + live.hosts(),
                System.getenv().getOrDefault("DB_USER", "root"), live.password(), live.database(), "");
        var props = new DatabaseProperties(null, null, null, true, null, 0);

        try (var dataSource = new DatabaseConfig().dataSource(cluster, props, Duration.ofSeconds(5), Duration.ofSeconds(10), 10);
             var c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("SELECT DATABASE(), @@port")) {
            assertThat(dataSource.getJdbcUrl()).startsWith("jdbc:mariadb:sequential://127.0.0.1:");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the database the app created").startsWith("dsjs_test_");
            assertThat(live.hosts()).endsWith(":" + rs.getInt(2));
        }
    }

    private static int sparePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
