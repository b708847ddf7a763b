package id.bpjstk.desasadar.base.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first connection of a start-up, waiting for a database server that is not there yet (issue 13, item 13): in a
 * deployment the database and the app start together, and a database that comes up a minute later is no reason for the
 * app to die. A server that cannot be reached is tried again every {@code every}, with a log line each time that says
 * where and why, until {@code patience} runs out; a refusal of the server itself (a wrong password, say) ends the wait
 * at once, since waiting will not change it.
 */
final class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);

    /** How the wait passes; a test passes one that needs no clock. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private DatabaseWait() {
    }

    static Connection connect(DatabaseServer server, Duration patience, Duration every, Pause pause) throws SQLException {
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                Connection c = DriverManager.getConnection(server.jdbcUrl(""), server.user(), server.password());
                if (attempt > 1) {
                    log.info("Database server {} reached after {} attempts", server.hosts(), attempt);
                }
                return c;
            } catch (SQLException e) {
                if (!unreachable(e) || waited.plus(every).compareTo(patience) > 0) {
                    throw e;
                }
                log.warn("Database server {} is not reachable ({}); trying again in {} s (attempt {}; the app waits up to {} s in all before it gives up)",
                        server.hosts(), e.getMessage(), every.toSeconds(), attempt, patience.toSeconds());
                try {
                    pause.sleep(every);
                    waited = waited.plus(every);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** SQL state class 08: the connection could not be made (refused, no route, timed out), not a refusal by the server. */
    static boolean unreachable(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }
}
