package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.cache.BoundedMap;
import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an overview of an area needs from territory — the coverage view's choropleth and its side panel: the shapes of
 * an area's children, the path from the nation down to it, and its villages counted per Desa Sadar status. Always cut
 * to the caller's scope.
 */
@Service
public class AreaOverviewService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;
    private final BoundaryStore boundaries;
    private final CurrentUser currentUser;
    /**
     * Simplified outlines per area and zoom: province outlines are large, simplifying them per request is not free.
     * Bounded: the areas of a few provinces' overviews at a few zooms, about 20 MB at most (issue 13, item 3).
     */
    static final int CACHE_LIMIT = 2_000;
    private final LocalCache<BoundedMap<String, String>> simplified;

    AreaOverviewService(JdbcTemplate jdbc, BoundaryStore boundaries, CurrentUser currentUser, LocalCaches caches) {
        this.simplified = caches.create("area overview outlines", () -> new BoundedMap<>(CACHE_LIMIT));
        this.jdbc = jdbc;
        this.boundaries = boundaries;
        this.currentUser = currentUser;
    }

    /** An area on the path from the nation to the selected one. */
    public record PathStep(String code, String name, AreaLevel level) {
    }

    /**
     * The children of {@code parentCode} ({@code ""}: the provinces) that the caller may see — in the scope, or holding
     * a scope area — by code, with their names.
     */
    @Transactional(readOnly = true)
    public Map<String, String> children(String parentCode) {
        AreaScope scope = currentUser.scope();
        var children = new LinkedHashMap<String, String>();
        String sql = parentCode.isEmpty() ? "SELECT code, name FROM area WHERE level = 'PROVINCE' ORDER BY code"
                : "SELECT code, name FROM area WHERE parent_code = ? ORDER BY code";
        Object[] args = parentCode.isEmpty() ? new Object[0] : new Object[] {parentCode};
        jdbc.query(sql, rs -> {
            String code = rs.getString(1);
            if (visible(scope, code)) {
                children.put(code, rs.getString(2));
            }
        }, args);
        return children;
    }

    /**
     * The children of {@code parentCode} as a GeoJSON FeatureCollection ({@code properties.code}, {@code name}): the
     * stored outline simplified for the zoom where there is one, else a point at the mean of the child's village
     * centroids (districts, and villages whose outline was not imported). Children with neither are left out.
     */
    @Transactional(readOnly = true)
    public String childShapes(String parentCode, int zoom) {
        Map<String, String> children = children(parentCode);
        var features = new ArrayList<String>();
        var outlined = new java.util.HashSet<String>();
        for (var b : boundaries.of(children.keySet())) {
            String f = outline(b, zoom);
            if (!f.isEmpty()) {
                features.add(f);
                outlined.add(b.code());
            }
        }
        var rest = children.keySet().stream().filter(c -> !outlined.contains(c)).toList();
        if (!rest.isEmpty()) {
            centroids(parentCode, rest).forEach((code, at) -> features.add(pointFeature(code, children.get(code), at)));
        }
        return MapGeoJson.collection(features);
    }

    /** The area's outline simplified for the zoom (brought into the map's range), from the cache when kept. */
    String outline(BoundaryStore.StoredBoundary b, int requestedZoom) {
        int zoom = MapGeoJson.clampZoom(requestedZoom);
        return simplified.get().computeIfAbsent(b.code() + "@" + zoom, k -> MapGeoJson.feature(b.code(), b.name(), b.geometry(), MapGeoJson.pixel(zoom)));
    }

    /** Boundaries are being changed in the caller's transaction: simplified again here and on every node. */
    void outlinesChanged() {
        simplified.changed();
    }

    /** How many simplified outlines are kept (for tests of the cache's bound). */
    int cachedOutlines() {
        return simplified.get().size();
    }

    /** Mean village centroid per child (a village child: its own centroid). */
    private Map<String, double[]> centroids(String parentCode, List<String> children) {
        int length = children.getFirst().length();
        var wanted = new java.util.HashSet<>(children);
        var result = new LinkedHashMap<String, double[]>();
        String prefix = parentCode.isEmpty() ? "" : parentCode + ".";
        jdbc.query("""
                SELECT SUBSTRING(code, 1, ?) c, AVG(lat), AVG(lng) FROM area
                WHERE level = 'VILLAGE' AND code LIKE ? AND lat IS NOT NULL GROUP BY c""", rs -> {
            if (wanted.contains(rs.getString(1))) {
                result.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
            }
        }, length, SqlLike.startingWith(prefix));
        return result;
    }

    private static String pointFeature(String code, String name, double[] at) {
        var sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{\"code\":").append(JSON.writeValueAsString(code))
                .append(",\"name\":").append(JSON.writeValueAsString(name)).append("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
        MapGeoJson.appendFixed(sb, at[1], 5);
        sb.append(',');
        MapGeoJson.appendFixed(sb, at[0], 5);
        return sb.append("]}}").toString();
    }

    /** From the nation's first level down to {@code code}, each step the caller may see; empty for the nation. */
    @Transactional(readOnly = true)
    public List<PathStep> path(String code) {
        var steps = new ArrayList<PathStep>();
        if (code == null || code.isEmpty()) {
            return steps;
        }
        AreaScope scope = currentUser.scope();
        String[] parts = code.split("\\.");
        var prefix = new StringBuilder();
        for (String part : parts) {
            prefix.append(prefix.isEmpty() ? "" : ".").append(part);
            String c = prefix.toString();
            if (!visible(scope, c)) {
                return List.of();
            }
            Optional<String> name = jdbc.query("SELECT name FROM area WHERE code = ?", (rs, i) -> rs.getString(1), c).stream().findFirst();
            if (name.isEmpty()) {
                return List.of();
            }
            steps.add(new PathStep(c, name.get(), AreaLevel.ofCode(c)));
        }
        return steps;
    }

    /**
     * The villages under {@code code} in the caller's scope per Desa Sadar status (no profile yet: candidate): the
     * villages counted from the area index alone, the profiles counted apart, and the candidates are what is left.
     * Joining every village with its profile cost 0.3 s for the nation (83,762 villages) on the benchmark machine,
     * twice the coverage screen's budget; the two counts take a fifth of it (docs/benchmarks.md, issue 10 item 13).
     */
    @Transactional(readOnly = true)
    public Map<DesignationStatus, Long> villagesByStatus(String code) {
        AreaScope scope = currentUser.scope();
        var counts = new EnumMap<DesignationStatus, Long>(DesignationStatus.class);
        for (DesignationStatus s : DesignationStatus.values()) {
            counts.put(s, 0L);
        }
        if (scope.codes().isEmpty()) {
            return counts;
        }
        var args = new ArrayList<Object>();
        var where = new StringBuilder("a.level = 'VILLAGE'");
        if (!code.isEmpty()) {
            where.append(" AND a.code LIKE ?");
            args.add(SqlLike.startingWith(code + "."));
        }
        where.append(scope.andSqlCondition("a.code", args));
        Long villages = jdbc.queryForObject("SELECT COUNT(*) FROM area a WHERE " + where, Long.class, args.toArray());
        long profiled = 0;
        for (var row : jdbc.queryForList("SELECT p.status s, COUNT(*) n FROM village_profile p JOIN area a ON a.code = p.village_code WHERE "
                + where + " GROUP BY p.status", args.toArray())) {
            long n = ((Number) row.get("n")).longValue();
            counts.merge(DesignationStatus.valueOf((String) row.get("s")), n, Long::sum);
            profiled += n;
        }
        counts.merge(DesignationStatus.CANDIDATE, (villages == null ? 0 : villages) - profiled, Long::sum);
        return counts;
    }

    /** Whether the caller may look at this area: it is in scope, or holds part of the scope (a province above a regency). */
    private static boolean visible(AreaScope scope, String code) {
        return scope.includes(code) || scope.codes().stream().anyMatch(c -> c.startsWith(code + "."));
    }
}
