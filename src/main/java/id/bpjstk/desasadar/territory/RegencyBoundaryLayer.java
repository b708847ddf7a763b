package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regency outlines as GeoJSON for the viewport, simplified to what the zoom level can show: the full
 * 514 regencies are 3.8 MB raw, about 0.2 MB at national zoom. Simplified shapes are cached per level.
 */
@Component
class RegencyBoundaryLayer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BoundaryStore store;
    private volatile List<BoundaryStore.StoredBoundary> regencies;
    private final Map<String, String> simplified = new ConcurrentHashMap<>();

    RegencyBoundaryLayer(BoundaryStore store) {
        this.store = store;
    }

    void invalidate() {
        regencies = null;
        simplified.clear();
    }

    String geoJson(AreaScope scope, BoundingBox view, int zoom) {
        double tolerance = zoom <= 6 ? 0.01 : zoom <= 9 ? 0.002 : 0.0003;
        var features = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (var r : regencies()) {
            Envelope e = r.geometry().getEnvelopeInternal();
            if (!visibleInScope(scope, r.code()) || !view.intersects(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX())) {
                continue;
            }
            if (!first) {
                features.append(',');
            }
            first = false;
            features.append(simplified.computeIfAbsent(r.code() + "@" + tolerance, k -> feature(r, tolerance)));
        }
        return features.append("]}").toString();
    }

    /** A regency is drawn when it is in scope or contains a scope area (a district-level user sees its regency). */
    private static boolean visibleInScope(AreaScope scope, String regency) {
        return scope.includes(regency) || scope.codes().stream().anyMatch(c -> c.startsWith(regency + "."));
    }

    private List<BoundaryStore.StoredBoundary> regencies() {
        var r = regencies;
        if (r == null) {
            r = store.regencies();
            regencies = r;
        }
        return r;
    }

    private static String feature(BoundaryStore.StoredBoundary r, double tolerance) {
        Geometry g = TopologyPreservingSimplifier.simplify(r.geometry(), tolerance);
        var sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{\"code\":")
                .append(JSON.writeValueAsString(r.code())).append(",\"name\":").append(JSON.writeValueAsString(r.name()))
                .append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int p = 0; p < g.getNumGeometries(); p++) {
            if (p > 0) {
                sb.append(',');
            }
            Polygon polygon = (Polygon) g.getGeometryN(p);
            sb.append('[');
            ring(sb, polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                sb.append(',');
                ring(sb, polygon.getInteriorRingN(h));
            }
            sb.append(']');
        }
        return sb.append("]}}").toString();
    }

    private static void ring(StringBuilder sb, LineString ring) {
        sb.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            // five decimals is about a metre: more only costs bytes
            sb.append(String.format(Locale.ROOT, "[%.5f,%.5f]", cs[i].x, cs[i].y));
        }
        sb.append(']');
    }
}
