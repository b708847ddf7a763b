package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Area boundaries in MariaDB (GEOMETRY with a spatial index, plus the bounding box as plain columns). */
@Component
class BoundaryStore {

    private final JdbcTemplate jdbc;

    BoundaryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the boundary unless the same one is stored already; returns whether anything changed. */
    boolean save(String code, Geometry geometry) {
        List<Geometry> existing = jdbc.query("SELECT ST_AsWKB(geom) FROM area_boundary WHERE area_code = ?",
                (rs, i) -> parse(rs.getBytes(1)), code);
        if (!existing.isEmpty() && existing.getFirst().equalsExact(geometry)) {
            return false;
        }
        byte[] wkb = new WKBWriter().write(geometry);
        Envelope e = geometry.getEnvelopeInternal();
        jdbc.update("""
                INSERT INTO area_boundary (area_code, geom, min_lat, min_lng, max_lat, max_lng)
                VALUES (?, ST_GeomFromWKB(?), ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE geom = VALUES(geom), min_lat = VALUES(min_lat), min_lng = VALUES(min_lng),
                                        max_lat = VALUES(max_lat), max_lng = VALUES(max_lng)""",
                code, wkb, e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
        return true;
    }

    record StoredBoundary(String code, String name, Geometry geometry) {
    }

    List<StoredBoundary> regencies() {
        return jdbc.query("""
                SELECT b.area_code, a.name, ST_AsWKB(b.geom) FROM area_boundary b JOIN area a ON a.code = b.area_code
                WHERE a.level = 'REGENCY' ORDER BY b.area_code""",
                (rs, i) -> new StoredBoundary(rs.getString(1), rs.getString(2), parse(rs.getBytes(3))));
    }

    /** The stored boundaries of these areas (any level); areas without one are simply absent. */
    List<StoredBoundary> of(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
        return jdbc.query("SELECT b.area_code, a.name, ST_AsWKB(b.geom) FROM area_boundary b JOIN area a ON a.code = b.area_code"
                        + " WHERE b.area_code IN (" + marks + ")",
                (rs, i) -> new StoredBoundary(rs.getString(1), rs.getString(2), parse(rs.getBytes(3))), codes.toArray());
    }

    /**
     * Village boundaries whose bounding box meets the view (the spatial index answers MBRIntersects),
     * inside the scope, at most {@code limit}. An empty scope returns nothing.
     */
    List<StoredBoundary> villagesIn(AreaScope scope, BoundingBox view, int limit) {
        if (scope.codes().isEmpty()) {
            return List.of();
        }
        var args = new ArrayList<Object>();
        args.add(String.format(Locale.ROOT, "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))", view.west(), view.south(),
                view.east(), view.south(), view.east(), view.north(), view.west(), view.north(), view.west(), view.south()));
        var sql = new StringBuilder("""
                SELECT b.area_code, a.name, ST_AsWKB(b.geom) FROM area_boundary b JOIN area a ON a.code = b.area_code
                WHERE MBRIntersects(b.geom, ST_GeomFromText(?)) AND a.level = 'VILLAGE'""");
        sql.append(scope.andSqlCondition("a.code", args));
        sql.append(" LIMIT ").append(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new StoredBoundary(rs.getString(1), rs.getString(2), parse(rs.getBytes(3))),
                args.toArray());
    }

    /** The village whose boundary contains the point (the spatial index narrows, ST_Contains decides). */
    Optional<String> villageContaining(double lat, double lng) {
        String point = String.format(Locale.ROOT, "POINT(%f %f)", lng, lat);
        return jdbc.query("""
                SELECT b.area_code FROM area_boundary b JOIN area a ON a.code = b.area_code
                WHERE MBRContains(b.geom, ST_GeomFromText(?)) AND a.level = 'VILLAGE'
                  AND ST_Contains(b.geom, ST_GeomFromText(?)) LIMIT 1""",
                (rs, i) -> rs.getString(1), point, point).stream().findFirst();
    }

    private static Geometry parse(byte[] wkb) {
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored boundary is not valid WKB", e);
        }
    }
}
