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
 * Regency outlines as GeoJSON for the viewport, simplified to what the zoom level can show (about a
 * pixel, islets below two pixels left out, no more decimals than the pixel needs): the 514 regencies
 * are 3.8 MB as imported. Simplified shapes are cached per zoom level. See docs/benchmarks.md.
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
        // about one screen pixel at this zoom: finer detail cannot be seen, only paid for in bytes
        double tolerance = 360.0 / (256 * Math.pow(2, zoom));
        var features = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (var r : regencies()) {
            Envelope e = r.geometry().getEnvelopeInternal();
            if (!visibleInScope(scope, r.code()) || !view.intersects(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX())) {
                continue;
            }
            String feature = simplified.computeIfAbsent(r.code() + "@" + zoom, k -> feature(r, tolerance));
            if (feature.isEmpty()) {
                continue;
            }
            features.append(first ? "" : ",").append(feature);
            first = false;
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
        int decimals = Math.max(3, Math.min(5, (int) Math.ceil(-Math.log10(tolerance))));
        var sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{\"code\":")
                .append(JSON.writeValueAsString(r.code())).append(",\"name\":").append(JSON.writeValueAsString(r.name()))
                .append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        boolean first = true;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            Envelope e = polygon.getEnvelopeInternal();
            if (e.getWidth() < 2 * tolerance && e.getHeight() < 2 * tolerance) {
                continue; // an islet smaller than two pixels: invisible at this zoom
            }
            sb.append(first ? "[" : ",[");
            first = false;
            ring(sb, polygon.getExteriorRing(), decimals);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                sb.append(',');
                ring(sb, polygon.getInteriorRingN(h), decimals);
            }
            sb.append(']');
        }
        return first ? "" : sb.append("]}}").toString(); // "": the whole regency is below two pixels
    }

    private static void ring(StringBuilder sb, LineString ring, int decimals) {
        sb.append('[');
        Coordinate[] cs = ring.getCoordinates();
        String format = "[%." + decimals + "f,%." + decimals + "f]";
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(String.format(Locale.ROOT, format, cs[i].x, cs[i].y));
        }
        sb.append(']');
    }
}
