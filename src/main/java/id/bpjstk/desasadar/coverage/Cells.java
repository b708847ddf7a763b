package id.bpjstk.desasadar.coverage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to coverage cells, collected in memory and written in one batch of upserts: every change to an area is
 * also a change to each area above it (district, regency, province, nation), so that a roll-up reads its own rows.
 * Written in key order so that two transactions lock shared rows (the nation's, a province's) in the same order.
 */
final class Cells {

    static final int REACHED = 0;
    static final int NEW_ENROLLMENTS = 1;
    static final int ENROLLED = 2;
    static final int ACTIVE = 3;
    static final int PAID_BY_WORKER = 4;
    static final int PAID_BY_MOU = 5;
    static final int PAID_BY_AGENT = 6;
    static final int EVENTS_HELD = 7;
    static final int AGENTS = 8;
    static final int POTENTIAL_ENROLLED = 9;

    /** The columns of V015, in counter order. */
    static final List<String> COLUMNS = List.of("reached", "new_enrollments", "enrolled_change", "active_change", "paid_by_worker",
            "paid_by_mou", "paid_by_agent", "events_held", "agents_change", "potential_enrolled_change");

    record Key(int level, String code, YearMonth month, long mouId) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::level).thenComparing(Key::code)
            .thenComparing(Key::month).thenComparingLong(Key::mouId);

    private final Map<Key, long[]> cells = new TreeMap<>(ORDER);

    /** Adds {@code value} to a counter of the area's cell and of every cell above it. */
    void add(String areaCode, YearMonth month, long mouId, int counter, long value) {
        if (value == 0) {
            return;
        }
        for (String code : lineage(areaCode)) {
            cells.computeIfAbsent(new Key(levelOf(code), code, month, mouId), k -> new long[COLUMNS.size()])[counter] += value;
        }
    }

    /** Adds changes already spread over the levels. */
    void addAll(Cells other) {
        for (var e : other.cells.entrySet()) {
            long[] sum = cells.computeIfAbsent(e.getKey(), k -> new long[COLUMNS.size()]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += e.getValue()[i];
            }
        }
    }

    void clear() {
        cells.clear();
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    Map<Key, long[]> asMap() {
        return cells;
    }

    /** Adds every change to the stored cells, on the caller's connection and in its transaction. */
    void write(Connection connection) throws SQLException {
        List<Map.Entry<Key, long[]>> changed = new ArrayList<>();
        for (var e : cells.entrySet()) {
            if (!allZero(e.getValue())) {
                changed.add(e);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO coverage_cell (level, area_code, month, mou_id, " + String.join(", ", COLUMNS) + ") VALUES (?,?,?,?"
                + ",?".repeat(COLUMNS.size()) + ") ON DUPLICATE KEY UPDATE " + accumulate();
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (var e : changed) {
                Key k = e.getKey();
                upsert.setInt(1, k.level());
                upsert.setString(2, k.code());
                upsert.setDate(3, Date.valueOf(k.month().atDay(1)));
                upsert.setLong(4, k.mouId());
                long[] v = e.getValue();
                for (int i = 0; i < v.length; i++) {
                    upsert.setLong(5 + i, v[i]);
                }
                upsert.addBatch();
                if (++pending == 1_000) {
                    upsert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        }
    }

    /**
     * The session's staging table for {@link #stage} (a temporary table: private to the connection, no locks on the
     * store; transactional, so a rollback empties it too).
     */
    private static final String STAGING = "coverage_cell_staged";

    /**
     * Appends every change to the connection's staging table (true if there was one) and forgets it here, so that an import's memory stays
     * one batch's worth whatever its size; {@link #mergeStaged} later adds the staged rows to the store. One
     * {@code LOAD DATA} per call: upserting each cell of a batch one statement at a time cost ten times the import.
     */
    boolean stage(Connection connection) throws SQLException {
        StringBuilder tsv = new StringBuilder(cells.size() * 48);
        for (var e : cells.entrySet()) {
            long[] v = e.getValue();
            if (allZero(v)) {
                continue;
            }
            Key k = e.getKey();
            tsv.append(k.level()).append('\t').append(k.code()).append('\t').append(k.month().atDay(1)).append('\t').append(k.mouId());
            for (long value : v) {
                tsv.append('\t').append(value);
            }
            tsv.append('\n');
        }
        cells.clear();
        if (tsv.isEmpty()) {
            return false;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + STAGING + " (level TINYINT NOT NULL, area_code VARCHAR(13) NOT NULL,"
                    + " month DATE NOT NULL, mou_id BIGINT NOT NULL, " + String.join(" BIGINT NOT NULL, ", COLUMNS)
                    + " BIGINT NOT NULL) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
            s.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(tsv.toString().getBytes(StandardCharsets.UTF_8)));
            s.execute("LOAD DATA LOCAL INFILE 'coverage-cells' INTO TABLE " + STAGING + " CHARACTER SET utf8mb4");
        }
        return true;
    }

    /**
     * Adds the rows staged on this connection to the store, summed per cell and in key order (the lock order of
     * {@link #write}), and empties the staging table. Call only after a {@link #stage} that returned true.
     */
    static void mergeStaged(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            StringBuilder sql = new StringBuilder("INSERT INTO coverage_cell (level, area_code, month, mou_id, ")
                    .append(String.join(", ", COLUMNS)).append(") SELECT level, area_code, month, mou_id");
            for (String c : COLUMNS) {
                sql.append(", SUM(").append(c).append(")");
            }
            sql.append(" FROM ").append(STAGING).append(" GROUP BY level, area_code, month, mou_id ORDER BY level, area_code, month, mou_id")
                    .append(" ON DUPLICATE KEY UPDATE ").append(accumulate());
            s.executeUpdate(sql.toString());
            s.executeUpdate("DELETE FROM " + STAGING);
        }
    }

    private static String accumulate() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String c = COLUMNS.get(i);
            sql.append(i == 0 ? "" : ", ").append(c).append(" = coverage_cell.").append(c).append(" + VALUES(").append(c).append(')');
        }
        return sql.toString();
    }

    private static boolean allZero(long[] values) {
        for (long v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code ""} (nation) is level 0, a province 1, a regency 2, a district 3, a village 4. */
    static int levelOf(String code) {
        if (code.isEmpty()) {
            return 0;
        }
        int dots = 0;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '.') {
                dots++;
            }
        }
        return dots + 1;
    }

    /** The area and every area above it, nation first. */
    static List<String> lineage(String code) {
        List<String> codes = new ArrayList<>(5);
        codes.add("");
        if (!code.isEmpty()) {
            for (int i = code.indexOf('.'); i >= 0; i = code.indexOf('.', i + 1)) {
                codes.add(code.substring(0, i));
            }
            codes.add(code);
        }
        return codes;
    }
}
