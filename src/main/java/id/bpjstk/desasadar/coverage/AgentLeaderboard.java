package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.coverage.CoverageQueries.AgentFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Perisai agents of an area ranked by acquisitions, then collections ({@link CoverageService#agents}, which
 * explains the two steps). Reads {@code agent} and {@code contribution} of the features coverage counts, by their
 * indexes (decision 009); in the caller's transaction.
 */
@Component
class AgentLeaderboard {

    private final JdbcTemplate jdbc;

    AgentLeaderboard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AgentFigures> top(CoverageReader reader, String code, CoveragePeriod period, int limit) {
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
}
