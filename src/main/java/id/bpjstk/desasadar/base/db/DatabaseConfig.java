package id.bpjstk.desasadar.base.db;

import com.zaxxer.hikari.HikariDataSource;
import id.bpjstk.desasadar.base.io.ExportGate;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for every setup: the server named by {@code DB_URL} or, without it, the embedded
 * MariaDB. The database is created when missing, so a new user needs no manual SQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    DatabaseServer databaseServer(DatabaseProperties props, ObjectProvider<EmbeddedMariaDb> embedded) {
        if (props.url() != null && !props.url().isBlank()) {
            return DatabaseServer.parse(props.url(), props.user() == null ? "root" : props.user(), props.password());
        }
        EmbeddedMariaDb db = embedded.getIfAvailable();
        if (db == null) {
            throw new IllegalStateException(
                    "No DB_URL given and this build has no embedded MariaDB (production build): set DB_URL, DB_USER and DB_PASSWORD.");
        }
        return db.server();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties props,
                                @Value("${app.db.startup-wait:PT5M}") Duration startupWait,
                                @Value("${app.db.connection-timeout:PT10S}") Duration connectionTimeout,
                                @Value("${app.db.pool-size:10}") int poolSize) throws SQLException {
        String name = props.freshDatabase()
                ? "dsjs_test_" + System.currentTimeMillis() + "_" + ThreadLocalRandom.current().nextInt(1000, 9999)
                : server.database();
        try (var c = DatabaseWait.connect(server, startupWait, Duration.ofSeconds(5), Thread::sleep);
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name.replace("`", "") + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        log.info("Using database {} on {}", name, server.hosts());
        var ds = props.freshDatabase() ? new DroppingDataSource(server, name) : new HikariDataSource();
        // useBulkStmts: batched inserts of the 83,762 villages travel as a few big statements
        ds.setJdbcUrl(server.jdbcUrl(name) + (server.options().isEmpty() ? "?" : "&") + "useBulkStmts=true");
        ds.setUsername(server.user());
        ds.setPassword(server.password());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("desasadar");
        // while the server is unreachable (a restart) an action waits this long for a connection before the user is
        // told to try again (DatabaseOutage); Hikari's 30 s looked like a frozen page
        ds.setConnectionTimeout(connectionTimeout.toMillis());
        return ds;
    }

    /**
     * The streamed exports' own pool (decision 026), one connection for each export the gate lets run. It depends on
     * the pages' pool, so it is closed first (a test database is dropped when that one closes).
     */
    @Bean(destroyMethod = "close")
    ExportConnections exportConnections(HikariDataSource dataSource, ExportGate gate) {
        return ExportConnections.of(dataSource, gate.overallLimit());
    }

    /** A test database is dropped when its context closes, so test runs leave no leftovers on the server. */
    private static final class DroppingDataSource extends HikariDataSource {
        private final DatabaseServer server;
        private final String name;

        DroppingDataSource(DatabaseServer server, String name) {
            this.server = server;
            this.name = name;
        }

        @Override
        public void close() {
            super.close();
            try (var c = DriverManager.getConnection(server.jdbcUrl(""), server.user(), server.password());
                 var s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                log.warn("Could not drop test database {}: {}", name, e.getMessage());
            }
        }
    }
}
