package id.bpjstk.desasadar.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database connections of streamed exports: a small pool of their own, as large as the number of exports the
 * {@code ExportGate} lets run at once (decision 026). A streamed export holds its connection until a browser on a slow
 * line has the whole file; taken from the pool that serves pages, five such exports left pages half the pool and up to
 * 42 page requests queued behind them. Here pages never wait behind an export, and an admitted export finds its
 * connection free.
 *
 * <p>An export runs on one connection: its audit record first, committed at once (a download cut half way still
 * disclosed rows, so its record stays), then its read in a read-only transaction over the same connection. It never
 * holds a connection of the pages' pool meanwhile.
 */
public final class ExportConnections implements AutoCloseable {

    private final HikariDataSource pool;

    ExportConnections(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * A pool for {@code size} exports on the database of {@code pages}, with its credentials and its wait for a
     * connection (a server restarting: the export fails after it, as a page would).
     */
    static ExportConnections of(HikariDataSource pages, int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(pages.getJdbcUrl());
        config.setUsername(pages.getUsername());
        config.setPassword(pages.getPassword());
        config.setConnectionTimeout(pages.getConnectionTimeout());
        config.setMaximumPoolSize(size);
        // no idle connections kept open for exports that seldom run; the first one opens its connection (milliseconds)
        config.setMinimumIdle(0);
        config.setPoolName(pages.getPoolName() + "-export");
        // started now, without a connection: the pages' pool has just waited for the server (DatabaseWait)
        config.setInitializationFailTimeout(-1);
        return new ExportConnections(new HikariDataSource(config));
    }

    /**
     * Runs one export on one connection of the export pool: {@code record} in autocommit (its insert is committed before
     * the read starts), then {@code read} in a read-only transaction. Both get a {@link JdbcTemplate} over that
     * connection; it must not be used after they return.
     */
    public void export(Consumer<JdbcTemplate> record, Consumer<JdbcTemplate> read) {
        try (Connection connection = pool.getConnection()) {
            var one = new SingleConnectionDataSource(connection, true);
            var jdbc = new JdbcTemplate(one);
            record.accept(jdbc);
            var readOnly = new TransactionTemplate(new DataSourceTransactionManager(one));
            readOnly.setReadOnly(true);
            readOnly.executeWithoutResult(tx -> read.accept(jdbc));
        } catch (SQLException e) {
            // the pool waited in vain or the connection broke: a database outage (DatabaseOutage) as for a page
            throw new CannotGetJdbcConnectionException("No connection for an export", e);
        }
    }

    /** The pool's counters (connections in use, threads waiting), e.g. for a benchmark. */
    public HikariPoolMXBean usage() {
        return pool.getHikariPoolMXBean();
    }

    /** The most exports that hold a connection at once. */
    public int size() {
        return pool.getMaximumPoolSize();
    }

    @Override
    public void close() {
        pool.close();
    }
}
