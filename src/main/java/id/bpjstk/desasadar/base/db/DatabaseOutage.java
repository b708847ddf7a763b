package id.bpjstk.desasadar.base.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a failure caused by a database server that cannot be reached (stopped, restarting, the network cut) from any
 * other failure: the user is then told to try again shortly, which is all there is to do, instead of seeing an error
 * they cannot act on (issue 13, item 13). The pool forgets the broken connections by itself and the next action after
 * the server is back works.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the database connection was lost or could not be made anywhere in {@code failure}'s chain of causes. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException // the pool waited in vain for a connection
                    || t instanceof SQLNonTransientConnectionException // the driver lost its connection
                    || t instanceof SQLException e && DatabaseWait.unreachable(e)
                    || t instanceof DataAccessResourceFailureException // Spring's translation of both (JDBC and JPA)
                    || t instanceof JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for a log line of its own (the stack trace says nothing more about a stopped server). */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
