package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.db.SqlLike;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL that reads the coverage store ({@code coverage_cell}, {@code coverage_potential}) for
 * {@link CoverageService}: sums of the stored counters per area, per child area, per village and per month, flows
 * summed over a period's months and stocks over every month up to its last, a partner's cells only of its MoUs. In the
 * caller's transaction.
 */
@Component
class CellReads {

    /** The level of village rows in the store (V015). */
    private static final int VILLAGE_LEVEL = 4;

    private final JdbcTemplate jdbc;

    CellReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The village-level cells under the given ranges (codes the reader may read, at any level; {@code ""}: all) in one
     * grouped range read, and their potentials; villages without any cell are absent, {@code name} is null.
     */
    List<CoverageFigures> villages(CoverageReader reader, List<String> ranges, CoveragePeriod period) {
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

    /** The stored changes per month of these areas up to {@code to}, of the reader's MoUs for a partner. */
    TreeMap<YearMonth, long[]> byMonth(Collection<String> codes, CoverageReader reader, YearMonth to) {
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
        return byMonth;
    }

    /** The counters that are stocks (summed over every month up to the last), the others being flows. */
    static final int[] STOCKS = {Cells.ENROLLED, Cells.ACTIVE, Cells.AGENTS, Cells.POTENTIAL_ENROLLED};

    private static boolean isStock(int counter) {
        return counter == Cells.ENROLLED || counter == Cells.ACTIVE || counter == Cells.AGENTS || counter == Cells.POTENTIAL_ENROLLED;
    }

    static void addStocks(long[] stock, long[] month) {
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
    private static String where(Collection<String> codes, CoverageReader reader, YearMonth to, List<Object> args) {
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

    private static void mouCondition(CoverageReader reader, StringBuilder sql, List<Object> args) {
        if (reader.partner()) {
            sql.append(" AND mou_id IN (").append(String.join(",", java.util.Collections.nCopies(reader.mous().size(), "?"))).append(')');
            args.addAll(reader.mous());
        }
    }

    long[] sums(Collection<String> codes, CoverageReader reader, CoveragePeriod period) {
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

    Map<String, long[]> childSums(String parentCode, CoverageReader reader, CoveragePeriod period) {
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
    long potentials(Collection<String> codes) {
        long total = 0;
        for (String code : codes) {
            total += jdbc.query("SELECT potential FROM coverage_potential WHERE level = ? AND area_code = ?", (rs, i) -> rs.getLong(1),
                    Cells.levelOf(code), code).stream().findFirst().orElse(0L);
        }
        return total;
    }

    Map<String, Long> childPotentials(String parentCode) {
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
    static CoverageFigures figures(String code, String name, long[] v, Long potential) {
        long enrolled = v[Cells.ENROLLED];
        long active = v[Cells.ACTIVE];
        return new CoverageFigures(code, name, v[Cells.REACHED], v[Cells.NEW_ENROLLMENTS], enrolled, active, enrolled - active,
                v[Cells.PAID_BY_WORKER], v[Cells.PAID_BY_MOU], v[Cells.PAID_BY_AGENT], v[Cells.EVENTS_HELD], v[Cells.AGENTS],
                potential == null ? 0 : potential, potential == null ? 0 : v[Cells.POTENTIAL_ENROLLED]);
    }
}
