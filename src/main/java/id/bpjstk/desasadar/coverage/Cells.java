package id.bpjstk.desasadar.coverage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
            for (long v : e.getValue()) {
                if (v != 0) {
                    changed.add(e);
                    break;
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO coverage_cell (level, area_code, month, mou_id, ")
                .append(String.join(", ", COLUMNS)).append(") VALUES (?,?,?,?");
        sql.append(",?".repeat(COLUMNS.size())).append(") ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < COLUMNS.size(); i++) {
            String c = COLUMNS.get(i);
            sql.append(i == 0 ? "" : ", ").append(c).append(" = ").append(c).append(" + VALUES(").append(c).append(')');
        }
        try (PreparedStatement upsert = connection.prepareStatement(sql.toString())) {
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
