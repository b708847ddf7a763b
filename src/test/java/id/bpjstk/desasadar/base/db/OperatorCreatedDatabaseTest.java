package id.bpjstk.desasadar.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The README's production set-up has an operator create the database; without a collation it takes the server's
 * (Debian's {@code utf8mb4_general_ci}), and a table that does not say its own would then disagree with the others in
 * a join. Needs the MariaDB server named by {@code DB_URL}, as CI has.
 */
class OperatorCreatedDatabaseTest {

    @Test
    void every_table_is_in_the_apps_collation_whatever_the_database_default() throws Exception {
        String url = System.getenv("DB_URL");
        assumeTrue(url != null && !url.isBlank(), "needs DB_URL (a MariaDB server)");
        DatabaseServer server = DatabaseServer.parse(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
        String database = "dsjs_test_collation_" + System.currentTimeMillis();
        try (var admin = DriverManager.getConnection(server.jdbcUrl(""), server.user(), server.password()); var s = admin.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            try (var data = new SingleConnectionDataSource(server.jdbcUrl(database), server.user(), server.password(), true)) {
                Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();

                List<String> others = new JdbcTemplate(data).queryForList("""
                        SELECT CONCAT(table_name, ' ', table_collation) FROM information_schema.tables
                        WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'
                          AND table_collation NOT IN ('utf8mb4_unicode_ci', 'ascii_bin')""", String.class);

                assertThat(others).isEmpty();
            } finally {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
