package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory API: areas, the village map layer and the regency outlines, always cut to the
 * caller's scope. A village outside the scope answers exactly like one that does not exist.
 */
@Service
public class AreaService {

    private final AreaRepository areas;
    private final VillagePointIndex villagePoints;
    private final RegencyBoundaryLayer regencyBoundaries;
    private final VillageBoundaryLayer villageBoundaries;
    private final BoundaryStore boundaryStore;
    private final CurrentUser currentUser;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AreaService(AreaRepository areas, VillagePointIndex villagePoints, RegencyBoundaryLayer regencyBoundaries,
                VillageBoundaryLayer villageBoundaries, BoundaryStore boundaryStore, CurrentUser currentUser,
                org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.areas = areas;
        this.villagePoints = villagePoints;
        this.regencyBoundaries = regencyBoundaries;
        this.villageBoundaries = villageBoundaries;
        this.boundaryStore = boundaryStore;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /**
     * Areas of the given levels in the caller's scope whose name contains the text or whose code starts with it,
     * names that start with the text first. For pickers: at most {@code limit} answers.
     */
    @Transactional(readOnly = true)
    public List<AreaChoice> search(String text, Set<AreaLevel> levels, int limit) {
        AreaScope scope = currentUser.scope();
        String needle = text == null ? "" : text.strip();
        if (scope.codes().isEmpty() || levels.isEmpty()) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        var sql = new StringBuilder("""
                SELECT a.code, a.name, a.level, p.name, g.name FROM area a
                LEFT JOIN area p ON p.code = a.parent_code LEFT JOIN area g ON g.code = p.parent_code
                WHERE a.level IN (""");
        sql.append(String.join(",", java.util.Collections.nCopies(levels.size(), "?"))).append(')');
        levels.forEach(l -> args.add(l.name()));
        sql.append(" AND (a.name LIKE ? OR a.code LIKE ?)");
        args.add(SqlLike.containing(needle));
        args.add(SqlLike.startingWith(needle));
        sql.append(scope.andSqlCondition("a.code", args));
        sql.append(" ORDER BY a.name LIKE ? DESC, LENGTH(a.code), a.name LIMIT ?");
        args.add(SqlLike.startingWith(needle));
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new AreaChoice(rs.getString(1), rs.getString(2),
                AreaLevel.valueOf(rs.getString(3)), joinNames(rs.getString(4), rs.getString(5))), args.toArray());
    }

    /** One area of the caller's scope as a picker shows it. */
    @Transactional(readOnly = true)
    public Optional<AreaChoice> choice(String code) {
        if (code == null || !currentUser.scope().includes(code)) {
            return Optional.empty();
        }
        return jdbc.query("""
                SELECT a.code, a.name, a.level, p.name, g.name FROM area a
                LEFT JOIN area p ON p.code = a.parent_code LEFT JOIN area g ON g.code = p.parent_code WHERE a.code = ?""",
                (rs, i) -> new AreaChoice(rs.getString(1), rs.getString(2), AreaLevel.valueOf(rs.getString(3)),
                        joinNames(rs.getString(4), rs.getString(5))), code).stream().findFirst();
    }

    private static String joinNames(String parent, String grandparent) {
        return java.util.stream.Stream.of(parent, grandparent).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Transactional(readOnly = true)
    public Optional<VillageDetails> findVillage(String code) {
        if (code == null || !currentUser.scope().includes(code)) {
            return Optional.empty();
        }
        return areas.findById(code)
                .filter(a -> a.getLevel() == AreaLevel.VILLAGE)
                .map(v -> {
                    Area district = areas.getReferenceById(v.getParentCode());
                    Area regency = areas.getReferenceById(district.getParentCode());
                    Area province = areas.getReferenceById(regency.getParentCode());
                    return new VillageDetails(v.getCode(), v.getName(), v.getKind(), district.getName(),
                            regency.getName(), province.getName(), v.getLat(), v.getLng());
                });
    }

    /** Villages in view: clusters when many, single points when few. */
    public PointLayer villageLayer(BoundingBox view, int zoom) {
        return villagePoints.layer(currentUser.scope(), view, zoom);
    }

    /** Regency outlines in view as a GeoJSON FeatureCollection, simplified for the zoom level. */
    public String regencyBoundaries(BoundingBox view, int zoom) {
        return regencyBoundaries.geoJson(currentUser.scope(), view, zoom);
    }

    /**
     * Village outlines in view as a GeoJSON FeatureCollection, from zoom {@value VillageBoundaryLayer#MIN_ZOOM}
     * on (an empty collection below it).
     */
    public String villageBoundaries(BoundingBox view, int zoom) {
        return villageBoundaries.geoJson(currentUser.scope(), view, zoom);
    }

    /**
     * The village a point lies in: inside a village boundary when boundaries are loaded, else the
     * nearest village centroid within {@value VillagePointIndex#NEAREST_MAX_KM} km; empty when neither
     * (the user is then asked). Not cut to the scope: callers check the scope of what they store.
     */
    @Transactional(readOnly = true)
    public Optional<String> villageAt(double lat, double lng) {
        Optional<String> inside = boundaryStore.villageContaining(lat, lng);
        return inside.isPresent() ? inside : Optional.ofNullable(villagePoints.nearest(lat, lng));
    }

    /** Where the caller's villages lie, to open the map on them; empty when none has coordinates. */
    public Optional<BoundingBox> scopeExtent() {
        return Optional.ofNullable(villagePoints.extent(currentUser.scope()));
    }

    @Transactional(readOnly = true)
    public Map<AreaLevel, Long> countsByLevel() {
        var counts = new EnumMap<AreaLevel, Long>(AreaLevel.class);
        for (AreaLevel level : AreaLevel.values()) {
            counts.put(level, areas.countByLevel(level));
        }
        return counts;
    }
}
