package id.bpjstk.desasadar.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema and the statements fit a Galera cluster (issue 14, item 5; decision 025): Galera replicates rows by
 * primary key (a table without one replicates badly or, with {@code innodb_force_primary_key}, not at all), and a lock
 * taken by {@code GET_LOCK} or {@code LOCK TABLES} holds on one node only, so the app must not rely on either.
 */
@IntegrationTest
class GaleraFitTest {

    private static final Pattern NODE_LOCAL_LOCK = Pattern.compile("\\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK|LOCK\\s+TABLES?)\\b",
            Pattern.CASE_INSENSITIVE);

    @Autowired JdbcTemplate jdbc;

    @Test
    void every_table_after_the_migrations_has_a_primary_key() {
        List<String> tables = jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY t.table_name""", String.class);
        Long all = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE'", Long.class);

        assertThat(all).as("tables the migrations made").isGreaterThan(20);
        assertThat(tables).as("tables without a primary key").isEmpty();
    }

    @Test
    void no_code_or_migration_takes_a_lock_that_only_one_galera_node_sees() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            found = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .flatMap(GaleraFitTest::nodeLocalLocks)
                    .toList();
        }

        assertThat(found).as("GET_LOCK / LOCK TABLES in src/main").isEmpty();
    }

    private static Stream<String> nodeLocalLocks(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> NODE_LOCAL_LOCK.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
