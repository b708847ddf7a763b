package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaEntry;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.VillagePotentials;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage figures (decision 009): roll-ups of the area × month × MoU store, cut to the caller's scope. Regional
 * heads and coordinators read the areas of their scope (an area partly in scope counts only its parts in scope); a
 * partner reads only the cells of its own MoUs inside its scope, which hold no reach, events or agents; an
 * administrator reads everything. Nothing here reads the worker table, except the agent leaderboard (by its indexes).
 *
 * <p>Names of areas come from territory's {@link AreaDirectory}; potentials from {@code coverage_potential}, kept from
 * territory's {@link id.bpjstk.desasadar.territory.VillagePotentialChanged} events.
 */
@Service
public class CoverageService implements CoverageQueries {

    private static final Logger log = LoggerFactory.getLogger(CoverageService.class);
    /** The level of village rows in the store (V015). */
    private static final int VILLAGE_LEVEL = 4;

    private final JdbcTemplate jdbc;
    private final AreaDirectory areas;
    private final CurrentUser currentUser;
    private final PartnerService partners;
    private final OfficeService offices;
    private final MeterRegistry meters;

    CoverageService(JdbcTemplate jdbc, AreaDirectory areas, CurrentUser currentUser, PartnerService partners, OfficeService offices,
                    MeterRegistry meters) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.currentUser = currentUser;
        this.partners = partners;
        this.offices = offices;
        this.meters = meters;
    }

    /** Every read of the figures is timed as {@code desasadar.coverage.query}, tagged with the read (issue 14, item 9). */
    private <T> T timed(String read, Supplier<T> query) {
        return Timer.builder("desasadar.coverage.query").description("Reads of the coverage figures").tag("read", read)
                .register(meters).record(query);
    }

    /** Who reads: the area codes, and for a partner its MoU ids (null for everyone else). */
    private record Reader(AreaScope scope, List<Long> mous) {

        boolean partner() {
            return mous != null;
        }

        /**
         * The stored areas whose cells add up to {@code code} within the scope: the area itself when the scope covers
         * it, else the scope's areas inside it; empty when none.
         */
        List<String> cellCodes(String code) {
            if (scope.includes(code)) {
                return List.of(code);
            }
            List<String> inside = new ArrayList<>();
            for (String s : scope.codes()) {
                if (code.isEmpty() || s.startsWith(code + ".")) {
                    inside.add(s);
                }
            }
            return inside;
        }
    }

    private Reader reader() {
        UserPrincipal user = currentUser.get().orElse(null);
        if (user == null) {
            return new Reader(AreaScope.NONE, null);
        }
        if (user.role() == Role.PARTNER) {
            List<Long> mous = partners.partnerOf(user.id()).map(p -> partners.mousOf(p).stream().map(MouView::id).toList())
                    .orElse(List.of());
            return new Reader(mous.isEmpty() ? AreaScope.NONE : user.scope(), mous);
        }
        return new Reader(user.scope(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public CoverageFigures area(String code, CoveragePeriod period) {
        return timed("area", () -> area(reader(), code, period));
    }

    /**
     * The figures of one MoU's workers in an area (a partner's home shows each of its MoUs apart): null when the
     * caller may not read the MoU (a partner reads only its own) or the area is out of their scope.
     */
    @Transactional(readOnly = true)
    public CoverageFigures mouArea(long mouId, String code, CoveragePeriod period) {
        Reader reader = mouReader(mouId);
        return reader == null ? null : timed("mou-area", () -> area(reader, code, period));
    }

    /** The child areas of {@code parentCode} with the figures of one MoU's workers; empty when the MoU is not the caller's to read. */
    @Transactional(readOnly = true)
    public List<CoverageFigures> mouChildren(long mouId, String parentCode, CoveragePeriod period) {
        Reader reader = mouReader(mouId);
        return reader == null ? List.of() : timed("mou-children", () -> children(reader, parentCode, period));
    }

    /** The caller's reader narrowed to one MoU, or null when they may not read it. */
    private Reader mouReader(long mouId) {
        Reader reader = reader();
        if (reader.partner()) {
            return reader.mous().contains(mouId) ? new Reader(reader.scope(), List.of(mouId)) : null;
        }
        return partners.findMou(mouId).isPresent() ? new Reader(reader.scope(), List.of(mouId)) : null;
    }

    private CoverageFigures area(Reader reader, String code, CoveragePeriod period) {
        List<String> codes = reader.cellCodes(code);
        if (codes.isEmpty()) {
            return null;
        }
        String name = nameOf(code);
        if (name == null) {
            return null;
        }
        return figures(code, name, sums(codes, reader, period), reader.partner() ? null : potentials(codes));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageFigures> children(String parentCode, CoveragePeriod period) {
        return timed("children", () -> children(reader(), parentCode, period));
    }

    private List<CoverageFigures> children(Reader reader, String parentCode, CoveragePeriod period) {
        Map<String, String> names = childNames(parentCode);
        List<CoverageFigures> result = new ArrayList<>();
        if (reader.scope().includes(parentCode)) {
            // the whole parent is in scope: one grouped read of the children's own cells
            Map<String, long[]> sums = childSums(parentCode, reader, period);
            Map<String, Long> potentials = reader.partner() ? null : childPotentials(parentCode);
            for (var child : names.entrySet()) {
                result.add(figures(child.getKey(), child.getValue(), sums.getOrDefault(child.getKey(), new long[Cells.COLUMNS.size()]),
                        potentials == null ? null : potentials.getOrDefault(child.getKey(), 0L)));
            }
            return result;
        }
        for (var child : names.entrySet()) {
            List<String> codes = reader.cellCodes(child.getKey());
            if (!codes.isEmpty()) {
                result.add(figures(child.getKey(), child.getValue(), sums(codes, reader, period),
                        reader.partner() ? null : potentials(codes)));
            }
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageFigures> villages(String areaCode, CoveragePeriod period) {
        return timed("villages", () -> readVillages(areaCode, period));
    }

    private List<CoverageFigures> readVillages(String areaCode, CoveragePeriod period) {
        Reader reader = reader();
        List<String> ranges = reader.cellCodes(areaCode == null ? "" : areaCode.strip());
        if (ranges.isEmpty()) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        String columns = periodColumns(args, period);
        var where = new StringBuilder("level = ").append(VILLAGE_LEVEL).append(" AND (");
        var rangeArgs = new ArrayList<Object>();
        for (int i = 0; i < ranges.size(); i++) {
            String r = ranges.get(i);
            where.append(i == 0 ? "" : " OR ");
            if (r.isEmpty()) {
                where.append("1 = 1");
            } else if (Cells.levelOf(r) == VILLAGE_LEVEL) {
                where.append("area_code = ?");
                rangeArgs.add(r);
            } else {
                where.append("area_code LIKE ?");
                rangeArgs.add(SqlLike.startingWith(r + "."));
            }
        }
        where.append(')');
        String villages = where.toString();
        args.addAll(rangeArgs);
        where.append(" AND month <= ?");
        args.add(period.to().atDay(1));
        mouCondition(reader, where, args);
        Map<String, long[]> sums = new LinkedHashMap<>();
        jdbc.query("SELECT area_code, " + columns + " FROM coverage_cell WHERE " + where + " GROUP BY area_code ORDER BY area_code", rs -> {
            long[] v = new long[Cells.COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(2 + i);
            }
            sums.put(rs.getString(1), v);
        }, args.toArray());
        Map<String, Long> potentials = new HashMap<>();
        if (!reader.partner()) {
            jdbc.query("SELECT area_code, potential FROM coverage_potential WHERE " + villages, rs -> {
                potentials.put(rs.getString(1), rs.getLong(2));
            }, rangeArgs.toArray());
        }
        List<CoverageFigures> result = new ArrayList<>(sums.size());
        sums.forEach((code, v) -> result.add(figures(code, null, v, reader.partner() ? null : potentials.getOrDefault(code, 0L))));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonthFigures> trend(String code, YearMonth from, YearMonth to) {
        return timed("trend", () -> readTrend(code, from, to));
    }

    private List<MonthFigures> readTrend(String code, YearMonth from, YearMonth to) {
        Reader reader = reader();
        List<String> codes = reader.cellCodes(code);
        String name = codes.isEmpty() ? null : nameOf(code);
        if (name == null) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        String where = where(codes, reader, to, args);
        TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
        jdbc.query("SELECT month, " + sumColumns() + " FROM coverage_cell WHERE " + where + " GROUP BY month", rs -> {
            long[] v = new long[Cells.COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(2 + i);
            }
            byMonth.put(YearMonth.from(rs.getObject(1, LocalDate.class)), v);
        }, args.toArray());
        long[] stock = new long[Cells.COLUMNS.size()];
        List<MonthFigures> trend = new ArrayList<>();
        var before = byMonth.headMap(from);
        for (long[] v : before.values()) {
            addStocks(stock, v);
        }
        Long potential = reader.partner() ? null : potentials(codes);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long[] month = byMonth.getOrDefault(m, new long[Cells.COLUMNS.size()]);
            addStocks(stock, month);
            long[] figures = month.clone();
            for (int s : STOCKS) {
                figures[s] = stock[s];
            }
            trend.add(new MonthFigures(m, figures(code, name, figures, potential)));
        }
        return trend;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageFigures> offices(String code, CoveragePeriod period) {
        return timed("offices", () -> readOffices(code, period));
    }

    private List<CoverageFigures> readOffices(String code, CoveragePeriod period) {
        Reader reader = reader();
        List<CoverageFigures> result = new ArrayList<>();
        for (OfficeView office : offices.list()) {
            if (office.areaCodes().stream().noneMatch(a -> meets(a, code))) {
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String a : office.areaCodes()) {
                codes.addAll(reader.cellCodes(a));
            }
            if (codes.isEmpty()) {
                continue;
            }
            List<String> distinct = withoutNested(codes);
            result.add(figures(office.code(), office.name(), sums(distinct, reader, period),
                    reader.partner() ? null : potentials(distinct)));
        }
        return result;
    }

    /**
     * Agents whose home area lies in {@code code} and the caller's scope, with the workers they brought in (enrolled in
     * the period) and the contributions they collected (paid in the period). Partners see no agents.
     *
     * <p>Acquisitions come from {@code coverage_agent_sign} (an agent's workers per sign day, the 1st or the 2nd of the
     * enrolment month, so a range of whole months counts exactly the workers enrolled in it). The collections are
     * summed from {@code ix_contribution_agent_paid} only for the agents that can still reach the top {@code limit}:
     * those with at least the acquisitions of the {@code limit}-th. Counting every agent's workers and collections row
     * by row reads about a million worker rows and as many payments for the nation at 5,000,000 workers (an estimate
     * from the benchmark's data; at 20,000 workers it already took up to 131 ms, docs/benchmarks.md).
     */
    @Override
    @Transactional(readOnly = true)
    public List<AgentFigures> agents(String code, CoveragePeriod period, int limit) {
        return timed("agents", () -> readAgents(code, period, limit));
    }

    private List<AgentFigures> readAgents(String code, CoveragePeriod period, int limit) {
        Reader reader = reader();
        if (reader.partner() || reader.cellCodes(code).isEmpty() || limit <= 0) {
            return List.of();
        }
        LocalDate from = period.from().atDay(1);
        LocalDate to = period.to().atEndOfMonth();
        var args = new ArrayList<Object>(List.of(from, to));
        String area = code.isEmpty() ? "" : " AND (a.home_area = ? OR a.home_area LIKE ?)";
        if (!code.isEmpty()) {
            args.add(code);
            args.add(SqlLike.startingWith(code + "."));
        }
        String scope = reader.scope().andSqlCondition("a.home_area", args);
        Map<Long, Long> acquisitions = new LinkedHashMap<>();
        jdbc.query("""
                SELECT a.id, (SELECT COALESCE(SUM(g.acquisitions), 0) FROM coverage_agent_sign g
                              WHERE g.agent_id = a.id AND g.sign_day BETWEEN ? AND ?) acquisitions
                FROM agent a WHERE 1 = 1""" + area + scope, rs -> {
            acquisitions.put(rs.getLong(1), rs.getLong(2));
        }, args.toArray());
        if (acquisitions.isEmpty()) {
            return List.of();
        }
        List<Long> ranked = acquisitions.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        long least = ranked.get(Math.min(limit, ranked.size()) - 1);
        List<Long> candidates = acquisitions.entrySet().stream().filter(e -> e.getValue() >= least).map(Map.Entry::getKey).toList();
        var ids = String.join(",", java.util.Collections.nCopies(candidates.size(), "?"));
        var candidateArgs = new ArrayList<Object>(List.of(from, to));
        candidateArgs.addAll(candidates);
        return jdbc.query("""
                SELECT a.id, a.registration_number, a.name, a.home_area,
                       (SELECT COALESCE(SUM(c.amount), 0) FROM contribution c WHERE c.payer_agent_id = a.id AND c.paid_on BETWEEN ? AND ?) collected
                FROM agent a WHERE a.id IN (""" + ids + ") ORDER BY collected DESC, a.name",
                (rs, i) -> new AgentFigures(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        acquisitions.get(rs.getLong(1)), rs.getLong(5)),
                candidateArgs.toArray()).stream()
                // acquisitions first (the SQL ordered ties by collections and name; a stable sort keeps that)
                .sorted(java.util.Comparator.comparingLong(AgentFigures::acquisitions).reversed())
                .limit(limit)
                .toList();
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

    // ---- reading the store

    private static final int[] STOCKS = {Cells.ENROLLED, Cells.ACTIVE, Cells.AGENTS, Cells.POTENTIAL_ENROLLED};

    private static boolean isStock(int counter) {
        return counter == Cells.ENROLLED || counter == Cells.ACTIVE || counter == Cells.AGENTS || counter == Cells.POTENTIAL_ENROLLED;
    }

    private static void addStocks(long[] stock, long[] month) {
        for (int s : STOCKS) {
            stock[s] += month[s];
        }
    }

    private static String sumColumns() {
        var sql = new StringBuilder();
        for (int i = 0; i < Cells.COLUMNS.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("SUM(").append(Cells.COLUMNS.get(i)).append(')');
        }
        return sql.toString();
    }

    /** Flows summed over the period's months, stocks over every month up to its last (the stored changes). */
    private static String periodColumns(List<Object> args, CoveragePeriod period) {
        var sql = new StringBuilder();
        for (int i = 0; i < Cells.COLUMNS.size(); i++) {
            String c = Cells.COLUMNS.get(i);
            sql.append(i == 0 ? "" : ", ");
            if (isStock(i)) {
                sql.append("COALESCE(SUM(").append(c).append("), 0)");
            } else {
                sql.append("COALESCE(SUM(IF(month >= ?, ").append(c).append(", 0)), 0)");
                args.add(period.from().atDay(1));
            }
        }
        return sql.toString();
    }

    /** The cells of these areas (each at its own level) up to {@code to}, of the reader's MoUs for a partner. */
    private static String where(Collection<String> codes, Reader reader, YearMonth to, List<Object> args) {
        var sql = new StringBuilder("(");
        int i = 0;
        for (String code : codes) {
            sql.append(i++ == 0 ? "" : " OR ").append("(level = ? AND area_code = ?)");
            args.add(Cells.levelOf(code));
            args.add(code);
        }
        sql.append(") AND month <= ?");
        args.add(to.atDay(1));
        mouCondition(reader, sql, args);
        return sql.toString();
    }

    private static void mouCondition(Reader reader, StringBuilder sql, List<Object> args) {
        if (reader.partner()) {
            sql.append(" AND mou_id IN (").append(String.join(",", java.util.Collections.nCopies(reader.mous().size(), "?"))).append(')');
            args.addAll(reader.mous());
        }
    }

    private long[] sums(Collection<String> codes, Reader reader, CoveragePeriod period) {
        var args = new ArrayList<Object>();
        String columns = periodColumns(args, period);
        String where = where(codes, reader, period.to(), args);
        return jdbc.queryForObject("SELECT " + columns + " FROM coverage_cell WHERE " + where, (rs, n) -> {
            long[] v = new long[Cells.COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(1 + i);
            }
            return v;
        }, args.toArray());
    }

    private Map<String, long[]> childSums(String parentCode, Reader reader, CoveragePeriod period) {
        var args = new ArrayList<Object>();
        String columns = periodColumns(args, period);
        var where = new StringBuilder("level = ?");
        args.add(Cells.levelOf(parentCode) + 1);
        if (!parentCode.isEmpty()) {
            where.append(" AND area_code LIKE ?");
            args.add(SqlLike.startingWith(parentCode + "."));
        }
        where.append(" AND month <= ?");
        args.add(period.to().atDay(1));
        mouCondition(reader, where, args);
        Map<String, long[]> sums = new HashMap<>();
        jdbc.query("SELECT area_code, " + columns + " FROM coverage_cell WHERE " + where + " GROUP BY area_code", rs -> {
            long[] v = new long[Cells.COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(2 + i);
            }
            sums.put(rs.getString(1), v);
        }, args.toArray());
        return sums;
    }

    /** The recorded potential of these areas (each a stored area of its own level). */
    private long potentials(Collection<String> codes) {
        long total = 0;
        for (String code : codes) {
            total += jdbc.query("SELECT potential FROM coverage_potential WHERE level = ? AND area_code = ?", (rs, i) -> rs.getLong(1),
                    Cells.levelOf(code), code).stream().findFirst().orElse(0L);
        }
        return total;
    }

    private Map<String, Long> childPotentials(String parentCode) {
        Map<String, Long> result = new HashMap<>();
        var args = new ArrayList<Object>(List.of(Cells.levelOf(parentCode) + 1));
        String like = "";
        if (!parentCode.isEmpty()) {
            like = " AND area_code LIKE ?";
            args.add(SqlLike.startingWith(parentCode + "."));
        }
        jdbc.query("SELECT area_code, potential FROM coverage_potential WHERE level = ?" + like, rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        }, args.toArray());
        return result;
    }

    /** The figures of stored counters; {@code potential} null for a partner (potentials are about everyone). */
    private static CoverageFigures figures(String code, String name, long[] v, Long potential) {
        long enrolled = v[Cells.ENROLLED];
        long active = v[Cells.ACTIVE];
        return new CoverageFigures(code, name, v[Cells.REACHED], v[Cells.NEW_ENROLLMENTS], enrolled, active, enrolled - active,
                v[Cells.PAID_BY_WORKER], v[Cells.PAID_BY_MOU], v[Cells.PAID_BY_AGENT], v[Cells.EVENTS_HELD], v[Cells.AGENTS],
                potential == null ? 0 : potential, potential == null ? 0 : v[Cells.POTENTIAL_ENROLLED]);
    }

    private String nameOf(String code) {
        return code.isEmpty() ? "Indonesia" : areas.name(code);
    }

    private Map<String, String> childNames(String parentCode) {
        Map<String, String> names = new LinkedHashMap<>();
        areas.children(parentCode).forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    private static boolean meets(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    /** Drops codes lying inside another code of the set, so that no cell is counted twice. */
    private static List<String> withoutNested(Collection<String> codes) {
        List<String> kept = new ArrayList<>();
        for (String c : codes) {
            boolean nested = false;
            for (String other : codes) {
                if (!other.equals(c) && (other.isEmpty() || c.startsWith(other + "."))) {
                    nested = true;
                    break;
                }
            }
            if (!nested && !kept.contains(c)) {
                kept.add(c);
            }
        }
        return kept;
    }
}
