package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.territory.VillagePotentialChanged;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the potential figures when a village's outreach potential changes, synchronously in the transaction of the
 * change (a plain {@link EventListener}, not after commit): the potential summed per area ({@code coverage_potential})
 * and, when the village gains or loses a recorded potential, its enrolled workers moved into or out of
 * {@code potential_enrolled_change} at every level.
 */
@Component
class CoveragePotentials {

    private final JdbcTemplate jdbc;

    CoveragePotentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(VillagePotentialChanged change) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            long before = recorded(change.before());
            long after = recorded(change.after());
            Map<String, Long> potentials = new TreeMap<>();
            for (String code : Cells.lineage(change.villageCode())) {
                potentials.put(code, after - before);
            }
            addPotentials(c, potentials);
            if ((before > 0) != (after > 0)) {
                int sign = after > 0 ? 1 : -1;
                Cells cells = new Cells();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT month, mou_id, enrolled_change FROM coverage_cell WHERE level = 4 AND area_code = ? FOR UPDATE")) {
                    s.setString(1, change.villageCode());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            cells.add(change.villageCode(), YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2),
                                    Cells.POTENTIAL_ENROLLED, sign * rs.getLong(3));
                        }
                    }
                }
                cells.write(c);
            }
            return null;
        });
    }

    /** Only a positive potential counts as recorded (a share of zero means nothing). */
    static long recorded(Integer potential) {
        return potential == null || potential <= 0 ? 0 : potential;
    }

    /** Adds to the potential of these areas, in key order. */
    static void addPotentials(Connection c, Map<String, Long> potentials) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO coverage_potential (level, area_code, potential) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE potential = potential + VALUES(potential)")) {
            var ordered = new TreeMap<String, Long>((x, y) -> Cells.levelOf(x) != Cells.levelOf(y)
                    ? Integer.compare(Cells.levelOf(x), Cells.levelOf(y)) : x.compareTo(y));
            ordered.putAll(potentials);
            for (var e : ordered.entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                upsert.setInt(1, Cells.levelOf(e.getKey()));
                upsert.setString(2, e.getKey());
                upsert.setLong(3, e.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
