package id.bpjstk.desasadar.enrollment;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code worker.paid_through}/{@code active_from} current as payments arrive: the one place that writes them,
 * for the payment form and for imports alike, on the caller's connection and inside its transaction. Only the
 * workers just paid for are recomputed, from their own paid months ({@link ActivityState#of}), so a back-filled
 * month that joins two runs is right too, and no read ever recomputes anything.
 *
 * <p>Both steps lock the workers' rows, so two payments for the same worker are applied one after the other and
 * the second recomputation sees the first payment.
 */
public final class WorkerActivity {

    private WorkerActivity() {
    }

    /** Locks the workers' rows until the transaction ends; call before checking what is already paid. */
    public static void lock(Connection connection, Collection<Long> workerIds) throws SQLException {
        if (workerIds.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM worker WHERE id IN (" + marks(workerIds.size())
                + ") ORDER BY id FOR UPDATE")) {
            bind(select, workerIds);
            select.executeQuery().close();
        }
    }

    /** Recomputes and stores the activity of these workers from the months paid for them (also bumping their version). */
    public static void refresh(Connection connection, Collection<Long> workerIds) throws SQLException {
        if (workerIds.isEmpty()) {
            return;
        }
        lock(connection, workerIds);
        Map<Long, List<YearMonth>> paid = new HashMap<>();
        // a locking read sees every committed payment, not the snapshot taken when the transaction began
        try (PreparedStatement select = connection.prepareStatement("SELECT worker_id, month FROM contribution WHERE worker_id IN ("
                + marks(workerIds.size()) + ") LOCK IN SHARE MODE")) {
            bind(select, workerIds);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    paid.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(YearMonth.from(rs.getObject(2, LocalDate.class)));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE worker SET paid_through = ?, active_from = ?, version = version + 1 WHERE id = ?")) {
            for (long id : workerIds) {
                ActivityState state = ActivityState.of(paid.getOrDefault(id, List.of()));
                setMonth(update, 1, state.paidThrough());
                setMonth(update, 2, state.activeFrom());
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            statement.setLong(i++, id);
        }
    }

    private static void setMonth(PreparedStatement statement, int index, YearMonth month) throws SQLException {
        if (month == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(month.atDay(1)));
        }
    }
}
