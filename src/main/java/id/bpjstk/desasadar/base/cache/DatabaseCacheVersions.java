package id.bpjstk.desasadar.base.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counters in table {@code cache_version} (V040). A bump is a row update in the writer's transaction: it commits
 * or rolls back with the change it announces, and two writers of the same cache wait for each other on the row, so
 * their counters never tie. Writes of cached data are rare (imports, tariffs, a village's designation), so the row is
 * never a queue.
 */
@Component
class DatabaseCacheVersions implements CacheVersions {

    private final JdbcTemplate jdbc;

    DatabaseCacheVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long current(String name) {
        List<Long> found = jdbc.queryForList("SELECT version FROM cache_version WHERE name = ?", Long.class, name);
        return found.isEmpty() ? 0 : found.getFirst();
    }

    @Override
    public long bump(String name) {
        jdbc.update("INSERT INTO cache_version (name, version) VALUES (?, 1) ON DUPLICATE KEY UPDATE version = version + 1", name);
        // the row as it is now, with this transaction's own write (its lock is held already)
        return jdbc.queryForObject("SELECT version FROM cache_version WHERE name = ? FOR UPDATE", Long.class, name);
    }

    @Override
    public Map<String, Long> all() {
        var all = new HashMap<String, Long>();
        jdbc.query("SELECT name, version FROM cache_version", rs -> {
            all.put(rs.getString(1), rs.getLong(2));
        });
        return all;
    }
}
