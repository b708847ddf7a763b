package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaEntry;
import id.bpjstk.desasadar.territory.VillagePotentials;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one command on the coverage store (decision 009): rebuild it from the raw tables of the features it counts
 * (workers, payments, agents, events), one province at a time. The store's reads are {@link CoverageService}'s
 * (decision 034).
 */
@Service
public class CoverageRebuild {

    private static final Logger log = LoggerFactory.getLogger(CoverageRebuild.class);

    private final JdbcTemplate jdbc;
    private final AreaDirectory areas;
    private final CurrentUser currentUser;

    CoverageRebuild(JdbcTemplate jdbc, AreaDirectory areas, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.currentUser = currentUser;
    }

    /**
     * Rebuilds the whole store from the raw tables (workers, payments, agents, events), in one transaction: the cure
     * for a store that drifted (a write that bypassed the services, a restored backup). Administrators only.
     */
    @Transactional
    public void rebuild() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator rebuilds the coverage store");
        }
        rebuildAll();
    }

    /** The rebuild without the caller check, for the start-up switch ({@link CoverageRebuildOnStart}); in the caller's transaction. */
    void rebuildAll() {
        long started = System.nanoTime();
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (var delete = c.createStatement()) {
                delete.executeUpdate("DELETE FROM coverage_cell");
                delete.executeUpdate("DELETE FROM coverage_potential");
                delete.executeUpdate("DELETE FROM coverage_agent_sign");
                delete.executeUpdate("""
                        INSERT INTO coverage_agent_sign (agent_id, sign_day, acquisitions)
                        SELECT agent_id, IF(DAYOFMONTH(enrolled_on) = 1, enrolled_on, DATE_FORMAT(enrolled_on, '%Y-%m-02')) d, COUNT(*)
                        FROM worker WHERE agent_id IS NOT NULL GROUP BY agent_id, d""");
            }
            // one province at a time, so that the cells in memory stay those of a province
            List<String> provinces = areas.children("").stream().map(AreaEntry::code).toList();
            boolean staged = false;
            for (String province : provinces) {
                Cells cells = new Cells();
                Set<String> withPotential = rebuildPotentials(c, province);
                rebuildWorkers(c, province, cells, withPotential);
                rebuildAgents(c, province, cells);
                rebuildEvents(c, province, cells);
                staged |= cells.stage(c);
            }
            if (staged) {
                Cells.mergeStaged(c);
            }
            return null;
        });
        log.info("Coverage store rebuilt from the raw tables in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** The province's recorded potentials summed per area; returns the villages that have one. */
    private static Set<String> rebuildPotentials(Connection c, String province) throws SQLException {
        Map<String, Long> potentials = VillagePotentials.inProvince(c, province);
        Map<String, Long> sums = new HashMap<>();
        potentials.forEach((village, potential) -> {
            for (String code : Cells.lineage(village)) {
                sums.merge(code, potential, Long::sum);
            }
        });
        CoveragePotentials.addPotentials(c, sums);
        return potentials.keySet();
    }

    private static void rebuildWorkers(Connection c, String province, Cells cells, Set<String> withPotential) throws SQLException {
        // the sign days are rebuilt above by one query; these are thrown away
        Map<Footprints.AgentSign, Long> signs = new HashMap<>();
        // a worker's rows only need to come together (Footprints orders the months itself): in the village index's own
        // order they stream without a sort; "ORDER BY w.id, c.month" sorted each province's rows in a temporary table,
        // minutes per province at 5,000,000 workers (docs/benchmarks.md)
        try (PreparedStatement s = c.prepareStatement("""
                SELECT w.id, w.village_code, w.mou_id, w.enrolled_on, c.month, c.amount, c.payer
                FROM worker w FORCE INDEX (ix_worker_village_paid) LEFT JOIN contribution c ON c.worker_id = w.id
                WHERE w.village_code LIKE ? ORDER BY w.village_code, w.id""")) {
            s.setFetchSize(10_000);
            s.setString(1, SqlLike.startingWith(province + "."));
            try (ResultSet rs = s.executeQuery()) {
                long current = -1;
                String village = null;
                Long mou = null;
                LocalDate enrolled = null;
                List<Footprints.Paid> paid = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        if (current != -1) {
                            Footprints.worker(cells, 1, village, mou, enrolled, paid, withPotential.contains(village), null, signs);
                        }
                        current = id;
                        village = rs.getString(2);
                        mou = rs.getObject(3, Long.class);
                        enrolled = rs.getObject(4, LocalDate.class);
                        paid = new ArrayList<>();
                    }
                    LocalDate month = rs.getObject(5, LocalDate.class);
                    if (month != null) {
                        paid.add(new Footprints.Paid(YearMonth.from(month), rs.getLong(6), rs.getString(7)));
                    }
                }
                if (current != -1) {
                    Footprints.worker(cells, 1, village, mou, enrolled, paid, withPotential.contains(village), null, signs);
                }
            }
        }
    }

    private static void rebuildAgents(Connection c, String province, Cells cells) throws SQLException {
        Map<Long, List<LocalDate>> acquisitions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT g.agent_id, g.sign_day FROM agent a JOIN coverage_agent_sign g ON g.agent_id = a.id
                WHERE g.acquisitions > 0 AND (a.home_area = ? OR a.home_area LIKE ?)""")) {
            s.setString(1, province);
            s.setString(2, SqlLike.startingWith(province + "."));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    acquisitions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, home_area, start_date, reactivated_on FROM agent WHERE home_area = ? OR home_area LIKE ?")) {
            s.setString(1, province);
            s.setString(2, SqlLike.startingWith(province + "."));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Footprints.agent(cells, 1, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            acquisitions.getOrDefault(rs.getLong(1), List.of()));
                }
            }
        }
    }

    private static void rebuildEvents(Connection c, String province, Cells cells) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT village_code, planned_start, status, actual_attendance FROM outreach_event
                WHERE status = 'HELD' AND village_code LIKE ?""")) {
            s.setString(1, SqlLike.startingWith(province + "."));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Footprints.event(cells, 1, rs.getString(1), rs.getObject(2, java.time.LocalDateTime.class), rs.getString(3),
                            rs.getObject(4, Integer.class));
                }
            }
        }
    }
}
