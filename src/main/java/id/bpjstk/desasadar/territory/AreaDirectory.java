package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.SqlLike;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The area list as reference data for the other features (issue 15, item 5: territory owns {@code area}; others ask
 * here instead of querying it). Names, levels and the existence of codes are no one's secret, so nothing here is cut
 * to the caller's scope: callers check the scope of what they store or show ({@link AreaService} answers in scope).
 * Every method reads a set of codes in one query per {@value #CHUNK} codes, never one per code, so that imports and
 * pages stay at a constant number of statements.
 */
@Service
public class AreaDirectory {

    /** Codes per {@code IN} list: far below MariaDB's placeholder limit, and keeps each statement small. */
    static final int CHUNK = 1_000;

    private static final RowMapper<AreaEntry> ENTRY =
            (rs, i) -> new AreaEntry(rs.getString(1), rs.getString(2), AreaLevel.valueOf(rs.getString(3)));

    private final JdbcTemplate jdbc;

    AreaDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One area; empty when the code is not in the list. */
    public Optional<AreaEntry> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT code, name, level FROM area WHERE code = ?", ENTRY, code).stream().findFirst();
    }

    /** Whether the code is in the list. */
    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The level of a listed code; empty when the code is not in the list. */
    public Optional<AreaLevel> level(String code) {
        return find(code).map(AreaEntry::level);
    }

    /** The areas among {@code codes} that exist, by code (unknown codes are absent). */
    public Map<String, AreaEntry> existing(Collection<String> codes) {
        Map<String, AreaEntry> found = new HashMap<>();
        List<String> distinct = new ArrayList<>(new HashSet<>(codes));
        distinct.remove(null);
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            jdbc.query("SELECT code, name, level FROM area WHERE code IN (" + marks(chunk.size()) + ")",
                    rs -> { found.put(rs.getString(1), ENTRY.mapRow(rs, 0)); }, chunk.toArray());
        }
        return found;
    }

    /** The names of the areas among {@code codes} that exist, by code. */
    public Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        existing(codes).forEach((code, entry) -> names.put(code, entry.name()));
        return names;
    }

    /** The name of one area; null when the code is not in the list. */
    public String name(String code) {
        return find(code).map(AreaEntry::name).orElse(null);
    }

    /** The areas directly under {@code parentCode} ({@code ""}: the provinces), in code order. */
    public List<AreaEntry> children(String parentCode) {
        if (parentCode == null || parentCode.isEmpty()) {
            return jdbc.query("SELECT code, name, level FROM area WHERE parent_code IS NULL ORDER BY code", ENTRY);
        }
        return jdbc.query("SELECT code, name, level FROM area WHERE parent_code = ? ORDER BY code", ENTRY, parentCode);
    }

    /**
     * The areas of these levels in code order, anywhere when {@code within} is null, else {@code within} itself (of
     * any level) and those of these levels under it.
     */
    public List<AreaEntry> atLevels(Set<AreaLevel> levels, String within) {
        if (levels.isEmpty()) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        levels.forEach(l -> args.add(l.name()));
        String inLevels = "level IN (" + marks(levels.size()) + ")";
        if (within == null) {
            return jdbc.query("SELECT code, name, level FROM area WHERE " + inLevels + " ORDER BY code", ENTRY, args.toArray());
        }
        args.addFirst(SqlLike.startingWith(within + "."));
        args.addFirst(within);
        return jdbc.query("SELECT code, name, level FROM area WHERE code = ? OR (code LIKE ? AND " + inLevels + ") ORDER BY code",
                ENTRY, args.toArray());
    }

    /**
     * The codes of these levels that pass {@code keep}, streamed once (an import loads the 83,762 village codes of its
     * scope at its start instead of asking per row).
     */
    public Set<String> codes(Set<AreaLevel> levels, Predicate<String> keep) {
        Set<String> codes = new HashSet<>();
        if (levels.isEmpty()) {
            return codes;
        }
        jdbc.query("SELECT code FROM area WHERE level IN (" + marks(levels.size()) + ")", rs -> {
            String code = rs.getString(1);
            if (keep.test(code)) {
                codes.add(code);
            }
        }, levels.stream().map(Enum::name).toArray());
        return codes;
    }

    /** The number of villages of each regency of a province, in regency code order (regencies without any absent). */
    public Map<String, Long> villagesPerRegency(String provinceCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                SELECT LEFT(code, 5), COUNT(*) FROM area WHERE level = 'VILLAGE' AND code LIKE ?
                GROUP BY LEFT(code, 5) ORDER BY LEFT(code, 5)""",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); }, SqlLike.startingWith(provinceCode + "."));
        return counts;
    }

    /**
     * Where each village is: its centroid, or when it has none the centre of the nearest enclosing area that has one
     * ({@code 35.09.01}, then {@code 35.09}, then {@code 35}), else {@code fallback}. Every village of the list is a key;
     * two queries in all.
     */
    public Map<String, double[]> villageCentres(double[] fallback) {
        Map<String, double[]> above = new HashMap<>();
        jdbc.query("SELECT code, lat, lng FROM area WHERE level <> 'VILLAGE' AND lat IS NOT NULL AND lng IS NOT NULL",
                rs -> { above.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)}); });
        Map<String, double[]> centres = new HashMap<>(100_000);
        jdbc.query("SELECT code, lat, lng FROM area WHERE level = 'VILLAGE'", rs -> {
            String code = rs.getString(1);
            double lat = rs.getDouble(2);
            centres.put(code, rs.wasNull() ? enclosing(code, above, fallback) : new double[] {lat, rs.getDouble(3)});
        });
        return centres;
    }

    private static double[] enclosing(String code, Map<String, double[]> above, double[] fallback) {
        for (int dot = code.lastIndexOf('.'); dot > 0; dot = code.lastIndexOf('.', dot - 1)) {
            double[] point = above.get(code.substring(0, dot));
            if (point != null) {
                return point;
            }
        }
        return fallback;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
