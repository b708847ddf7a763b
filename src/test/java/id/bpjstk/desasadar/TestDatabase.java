package id.bpjstk.desasadar;

import id.bpjstk.desasadar.base.cache.LocalCaches;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test class: the database exactly as it was right after the application started (official areas,
 * the migrations' seed rows, demo users), and every in-memory cache of the application emptied.
 * <p>
 * Why: test classes share a Spring context, and so its database and caches. A class that counted what it created
 * (one site outline, one inserted worker) failed when an earlier class had left rows of its own behind, so the suite
 * passed or failed with the order of its classes (issue 9; docs/decisions/008-tests-start-from-a-known-state.md).
 * <p>
 * The state after start-up is copied once per context into a side database; a reset empties every table and copies
 * the saved rows back, except for the large official area list, whose only mutable columns (the coordinates) are
 * put back from the copy.
 */
public final class TestDatabase implements BeforeAllCallback {

    private static final Map<ApplicationContext, Baseline> BASELINES = new WeakHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        reset(SpringExtension.getApplicationContext(context));
    }

    public static void reset(ApplicationContext app) throws SQLException {
        DataSource dataSource = app.getBean(DataSource.class);
        synchronized (BASELINES) {
            Baseline baseline = BASELINES.get(app);
            if (baseline == null) {
                Baseline taken = Baseline.take(dataSource);
                BASELINES.put(app, taken);
                ((ConfigurableApplicationContext) app).addApplicationListener((ContextClosedEvent closed) -> taken.drop(dataSource));
                return; // just started: nothing to put back
            }
            baseline.restore(dataSource);
        }
        app.getBean(LocalCaches.class).invalidateAll();
    }

    /** The saved rows: a database {@code copy} with a table per table of the application, named with its columns. */
    private record Baseline(String copy, Map<String, String> columnsByTable) {

        /** The official area list: 91,599 rows never written after start-up but for their coordinates. */
        private static final String AREA = "area";
        private static final String MIGRATIONS = "flyway_schema_history";
        private static final String COLUMNS = """
                SELECT c.table_name, GROUP_CONCAT(CONCAT('`', c.column_name, '`') ORDER BY c.ordinal_position)
                FROM information_schema.columns c JOIN information_schema.tables t
                  ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
                WHERE c.table_schema = DATABASE() AND c.extra NOT LIKE '%GENERATED%'
                GROUP BY c.table_name ORDER BY c.table_name""";

        static Baseline take(DataSource dataSource) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                String copy = single(s, "SELECT DATABASE()") + "_baseline";
                var columnsByTable = new LinkedHashMap<String, String>();
                try (var rs = s.executeQuery(COLUMNS)) { // generated columns are computed, never inserted
                    while (rs.next()) {
                        columnsByTable.put(rs.getString(1), rs.getString(2));
                    }
                }
                columnsByTable.remove(MIGRATIONS);
                columnsByTable.remove(AREA);
                s.execute("DROP DATABASE IF EXISTS `" + copy + "`");
                s.execute("CREATE DATABASE `" + copy + "`");
                for (var t : columnsByTable.entrySet()) {
                    s.execute("CREATE TABLE `" + copy + "`.`" + t.getKey() + "` AS SELECT " + t.getValue() + " FROM `" + t.getKey() + "`");
                }
                s.execute("CREATE TABLE `" + copy + "`.area_coordinates AS SELECT code, lat, lng FROM area WHERE lat IS NOT NULL");
                return new Baseline(copy, columnsByTable);
            }
        }

        void restore(DataSource dataSource) throws SQLException {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SET foreign_key_checks = 0");
                try {
                    for (var t : columnsByTable.entrySet()) {
                        // the audit tables refuse DELETE (append-only, decision 018); TRUNCATE is DDL and passes
                        s.execute((t.getKey().startsWith("audit_") ? "TRUNCATE TABLE `" : "DELETE FROM `") + t.getKey() + "`");
                        s.execute("INSERT INTO `" + t.getKey() + "` (" + t.getValue() + ") SELECT " + t.getValue()
                                + " FROM `" + copy + "`.`" + t.getKey() + "`");
                    }
                    s.execute("UPDATE area SET lat = NULL, lng = NULL WHERE lat IS NOT NULL OR lng IS NOT NULL");
                    s.execute("UPDATE area a JOIN `" + copy + "`.area_coordinates b ON b.code = a.code SET a.lat = b.lat, a.lng = b.lng");
                } finally {
                    s.execute("SET foreign_key_checks = 1");
                }
            }
        }

        void drop(DataSource dataSource) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + copy + "`");
            } catch (SQLException e) {
                // the context is closing and its own database is dropped next; a copy left behind harms no later run
            }
        }

        private static String single(Statement s, String sql) throws SQLException {
            try (var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
