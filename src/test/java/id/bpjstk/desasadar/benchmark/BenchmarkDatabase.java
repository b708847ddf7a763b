package id.bpjstk.desasadar.benchmark;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Server settings and table resets the enrollment benchmarks share. */
final class BenchmarkDatabase {

    /** MariaDB's default buffer pool (128 MB) turns loading millions of indexed rows into a disk benchmark. */
    static final long BUFFER_POOL = 4L * 1024 * 1024 * 1024;

    private BenchmarkDatabase() {
    }

    /** {@code LOAD DATA LOCAL} allowed, and a buffer pool a production server would have (set for the server's lifetime). */
    static void prepare(JdbcTemplate jdbc) {
        if (!"ON".equals(jdbc.queryForObject("SHOW VARIABLES LIKE 'local_infile'", (rs, i) -> rs.getString(2)))) {
            jdbc.execute("SET GLOBAL local_infile = 1");
        }
        Long pool = jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class);
        if (pool != null && pool < BUFFER_POOL) {
            jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL);
        }
    }

    /** Empties the worker table at once (and the coverage store, which counts its workers); the contributions that point at it go first. */
    static void emptyWorkers(JdbcTemplate jdbc) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM contribution");
                s.execute("TRUNCATE TABLE coverage_cell");
                s.execute("TRUNCATE TABLE coverage_agent_sign");
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
                try {
                    s.execute("TRUNCATE TABLE worker");
                } finally {
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            return null;
        });
    }
}
