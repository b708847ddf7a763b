package id.bpjstk.desasadar.territory;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outlines as GeoJSON for one zoom level: simplified to about a screen pixel, islets below two pixels
 * left out, no more decimals than the pixel needs. Finer detail cannot be seen, only paid for in bytes.
 */
final class MapGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MapGeoJson() {
    }

    /** The map's zoom range (Leaflet's with OpenStreetMap tiles). */
    static final int MIN_ZOOM = 0;
    static final int MAX_ZOOM = 19;

    /**
     * The zoom a client asked for, brought into the map's range: outlines are cached per zoom, and a client that could
     * send any number would make the caches grow with every new one (issue 13, item 3).
     */
    static int clampZoom(int requested) {
        return Math.clamp(requested, MIN_ZOOM, MAX_ZOOM);
    }

    /** Degrees of longitude per screen pixel at this zoom (256-pixel tiles). */
    static double pixel(int zoom) {
        return 360.0 / (256 * Math.pow(2, zoom));
    }

    static String collection(Iterable<String> features) {
        var sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (String f : features) {
            if (!f.isEmpty()) {
                sb.append(first ? "" : ",").append(f);
                first = false;
            }
        }
        return sb.append("]}").toString();
    }

    /** One feature with its code and name, or "" when the whole area is below two pixels. */
    static String feature(String code, String name, Geometry geometry, double tolerance) {
        Geometry g = TopologyPreservingSimplifier.simplify(geometry, tolerance);
        int decimals = Math.max(3, Math.min(6, (int) Math.ceil(-Math.log10(tolerance))));
        var sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{\"code\":")
                .append(JSON.writeValueAsString(code)).append(",\"name\":").append(JSON.writeValueAsString(name))
                .append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        boolean first = true;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            Envelope e = polygon.getEnvelopeInternal();
            if (e.getWidth() < 2 * tolerance && e.getHeight() < 2 * tolerance) {
                continue;
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
        return first ? "" : sb.append("]}}").toString();
    }

    private static void ring(StringBuilder sb, LineString ring, int decimals) {
        sb.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            sb.append(i == 0 ? "[" : ",[");
            appendFixed(sb, cs[i].x, decimals);
            sb.append(',');
            appendFixed(sb, cs[i].y, decimals);
            sb.append(']');
        }
        sb.append(']');
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** {@code v} with exactly {@code decimals} decimals; String.format costs more than the query here. */
    static void appendFixed(StringBuilder sb, double v, int decimals) {
        long factor = POW10[decimals];
        long scaled = Math.round(v * factor);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / factor).append('.');
        String fraction = Long.toString(scaled % factor);
        sb.repeat('0', decimals - fraction.length()).append(fraction);
    }
}
