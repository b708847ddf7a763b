package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.territory.VillagePotentials;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one worker, agent or event contributes to the coverage cells, computed from its raw rows. The incremental
 * upkeep subtracts an entity's footprint before a change and adds it after; the rebuild adds every footprint. Both
 * use these same rules, so the store equals its rebuild; the rules follow {@code ActivityState} (active in a month
 * when it or one of the two months before it is paid) and {@code AgentActivity} (an agent is active until three
 * months after their start, an acquisition or their reactivation).
 *
 * <p>The reads lock what they read (the entity rows for update, their payments and acquisitions in share mode), so
 * that two transactions changing the same worker or agent compute their differences one after the other, from
 * committed data rather than from an older snapshot.
 *
 * <p>Longer than the 250 lines a class is held to (decision 034) because these rules must stay together: the store
 * equals its rebuild only while the upkeep and the rebuild compute every footprint by the same code.
 */
final class Footprints {

    private Footprints() {
    }

    record Paid(YearMonth month, long amount, String payer) {
    }

    /** One "sign day" of an agent in {@code coverage_agent_sign}. */
    record AgentSign(long agentId, LocalDate day) {
    }

    /**
     * The day standing for an acquisition: three months of activity from any day but the 1st end in the same month,
     * so the 2nd stands for them all (see V015).
     */
    static LocalDate signDay(LocalDate day) {
        return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(2);
    }

    /** Adds acquisitions per sign day, in key order (so that concurrent writers lock the rows in the same order). */
    static void writeSigns(Connection c, Map<AgentSign, Long> signs) throws SQLException {
        var ordered = new java.util.TreeMap<AgentSign, Long>(java.util.Comparator.comparingLong(AgentSign::agentId)
                .thenComparing(AgentSign::day));
        signs.forEach((k, v) -> {
            if (v != 0) {
                ordered.put(k, v);
            }
        });
        if (ordered.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO coverage_agent_sign (agent_id, sign_day, acquisitions) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE acquisitions = acquisitions + VALUES(acquisitions)")) {
            for (var e : ordered.entrySet()) {
                upsert.setLong(1, e.getKey().agentId());
                upsert.setObject(2, e.getKey().day());
                upsert.setLong(3, e.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** A worker (of a village with a recorded potential or not): enrolled from the enrolment month, active over each run of payments, payments by month and payer. */
    static void worker(Cells into, int sign, String village, Long mouId, LocalDate enrolledOn, List<Paid> paid, boolean potential,
                       Long agentId, Map<AgentSign, Long> signs) {
        long mou = mouId == null ? 0 : mouId;
        if (agentId != null) {
            signs.merge(new AgentSign(agentId, signDay(enrolledOn)), (long) sign, Long::sum);
        }
        YearMonth enrolled = YearMonth.from(enrolledOn);
        into.add(village, enrolled, mou, Cells.NEW_ENROLLMENTS, sign);
        into.add(village, enrolled, mou, Cells.ENROLLED, sign);
        if (potential) {
            into.add(village, enrolled, mou, Cells.POTENTIAL_ENROLLED, sign);
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Paid p : paid) {
            months.add(p.month());
            int counter = switch (p.payer()) {
                case "MOU" -> Cells.PAID_BY_MOU;
                case "AGENT" -> Cells.PAID_BY_AGENT;
                default -> Cells.PAID_BY_WORKER;
            };
            into.add(village, p.month(), mou, counter, sign * p.amount());
        }
        // a run goes on while the next paid month is at most three months later; active from its first month to two
        // months after its last
        YearMonth runStart = null;
        YearMonth runEnd = null;
        for (YearMonth m : months) {
            if (runStart != null && m.isAfter(runEnd.plusMonths(3))) {
                into.add(village, runStart, mou, Cells.ACTIVE, sign);
                into.add(village, runEnd.plusMonths(3), mou, Cells.ACTIVE, -sign);
                runStart = null;
            }
            if (runStart == null) {
                runStart = m;
            }
            runEnd = m;
        }
        if (runStart != null) {
            into.add(village, runStart, mou, Cells.ACTIVE, sign);
            into.add(village, runEnd.plusMonths(3), mou, Cells.ACTIVE, -sign);
        }
    }

    /**
     * An agent, counted in their home area for every month with at least one active day: each sign of life (start,
     * acquisition, reactivation; none before the start) keeps them active for three months.
     */
    static void agent(Cells into, int sign, String homeArea, LocalDate start, LocalDate reactivatedOn, Collection<LocalDate> acquisitions) {
        TreeSet<LocalDate> signs = new TreeSet<>();
        signs.add(start);
        if (reactivatedOn != null && !reactivatedOn.isBefore(start)) {
            signs.add(reactivatedOn);
        }
        for (LocalDate a : acquisitions) {
            if (!a.isBefore(start)) {
                signs.add(a);
            }
        }
        YearMonth runStart = null;
        YearMonth runEnd = null;
        for (LocalDate s : signs) {
            YearMonth first = YearMonth.from(s);
            YearMonth last = YearMonth.from(s.plusMonths(3).minusDays(1));
            if (runStart != null && first.isAfter(runEnd.plusMonths(1))) {
                into.add(homeArea, runStart, 0, Cells.AGENTS, sign);
                into.add(homeArea, runEnd.plusMonths(1), 0, Cells.AGENTS, -sign);
                runStart = null;
            }
            if (runStart == null) {
                runStart = first;
                runEnd = last;
            } else if (last.isAfter(runEnd)) {
                runEnd = last;
            }
        }
        into.add(homeArea, runStart, 0, Cells.AGENTS, sign);
        into.add(homeArea, runEnd.plusMonths(1), 0, Cells.AGENTS, -sign);
    }

    /** A held event: one event and its attendance in the month it was planned for; planned and cancelled ones nothing. */
    static void event(Cells into, int sign, String village, LocalDateTime start, String status, Integer attendance) {
        if (!"HELD".equals(status)) {
            return;
        }
        YearMonth month = YearMonth.from(start);
        into.add(village, month, 0, Cells.EVENTS_HELD, sign);
        into.add(village, month, 0, Cells.REACHED, sign * (attendance == null ? 0L : attendance));
    }

    static void workers(Connection c, Collection<Long> ids, int sign, Cells into, Map<AgentSign, Long> signs) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, List<Paid>> paid = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM worker WHERE id IN (" + marks(ids.size()) + ") ORDER BY id FOR UPDATE")) {
            bind(s, ids);
            s.executeQuery().close();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT worker_id, month, amount, payer FROM contribution WHERE worker_id IN ("
                + marks(ids.size()) + ") LOCK IN SHARE MODE")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    paid.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Paid(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        record WorkerRow(long id, String village, Long mou, LocalDate enrolled, Long agent) {
        }
        List<WorkerRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, village_code, mou_id, enrolled_on, agent_id FROM worker WHERE id IN ("
                + marks(ids.size()) + ")")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new WorkerRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, Long.class)));
                }
            }
        }
        Set<String> withPotential = VillagePotentials.villagesWithPotential(c, rows.stream().map(WorkerRow::village).toList());
        for (WorkerRow w : rows) {
            worker(into, sign, w.village(), w.mou(), w.enrolled(), paid.getOrDefault(w.id(), List.of()), withPotential.contains(w.village()),
                    w.agent(), signs);
        }
    }

    static void agents(Connection c, Collection<Long> ids, int sign, Cells into) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        record AgentRow(long id, String home, LocalDate start, LocalDate reactivated) {
        }
        List<AgentRow> agents = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, home_area, start_date, reactivated_on FROM agent WHERE id IN ("
                + marks(ids.size()) + ") ORDER BY id FOR UPDATE")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    agents.add(new AgentRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                }
            }
        }
        Map<Long, List<LocalDate>> acquisitions = new HashMap<>();
        // the agents' rows are locked above: their sign days change only under that lock
        try (PreparedStatement s = c.prepareStatement("SELECT agent_id, sign_day FROM coverage_agent_sign WHERE acquisitions > 0 AND agent_id IN ("
                + marks(ids.size()) + ")")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    acquisitions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                }
            }
        }
        for (AgentRow a : agents) {
            agent(into, sign, a.home(), a.start(), a.reactivated(), acquisitions.getOrDefault(a.id(), List.of()));
        }
    }

    static void events(Connection c, Collection<Long> ids, int sign, Cells into) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT village_code, planned_start, status, actual_attendance FROM outreach_event"
                + " WHERE id IN (" + marks(ids.size()) + ") ORDER BY id FOR UPDATE")) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    event(into, sign, rs.getString(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getObject(4, Integer.class));
                }
            }
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            s.setLong(i++, id);
        }
    }
}
