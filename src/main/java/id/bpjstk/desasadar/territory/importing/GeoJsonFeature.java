package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

import tools.jackson.databind.JsonNode;

/**
 * Turns one GeoJSON feature tree into a {@link ParsedArea} or a rejection. GeoJSON positions are
 * {@code [lng, lat]}, which is already the order {@link BoundaryBuilder} wants.
 */
final class GeoJsonFeature {

    private GeoJsonFeature() {
    }

    static void handle(long row, JsonNode feature, AreaRowSink sink) {
        JsonNode properties = feature.get("properties");
        JsonNode codeNode = properties == null ? null : properties.get("code");
        String code = codeNode != null && codeNode.isString() ? AreaCodes.clean(codeNode.stringValue()) : null;
        try {
            if (codeNode != null && !codeNode.isNull() && !codeNode.isString()) {
                throw new RowRejected(null, "area.import.code-not-text", codeNode.toString());
            }
            AreaCodes.check(code);
            checkFeatureType(feature);
            Double lat = optionalCentroid(properties, "lat", Degrees.Axis.LATITUDE);
            Double lng = optionalCentroid(properties, "lng", Degrees.Axis.LONGITUDE);
            if ((lat == null) != (lng == null)) {
                throw new RowRejected(null, lat == null ? "area.import.lng-without-lat" : "area.import.lat-without-lng");
            }
            Geometry boundary = geometry(feature);
            sink.accept(new ParsedArea(row, code, lat, lng, boundary));
        } catch (RowRejected e) {
            sink.reject(row, code, e.reason());
        }
    }

    private static void checkFeatureType(JsonNode feature) {
        JsonNode type = feature.get("type");
        if (type != null && !(type.isString() && "Feature".equals(type.stringValue()))) {
            throw new RowRejected(null, "area.import.not-a-feature", type.toString());
        }
    }

    /** Absent, null or blank means "no centroid"; anything else must be a valid number. */
    private static Double optionalCentroid(JsonNode properties, String name, Degrees.Axis axis) {
        JsonNode node = properties == null ? null : properties.get(name);
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            return null;
        }
        if (node.isNumber()) {
            return Degrees.checkRange(node.doubleValue(), axis, false);
        }
        if (node.isString()) {
            return Degrees.parseCentroid(node.stringValue(), axis);
        }
        throw new RowRejected(null, "area.import.coordinate-invalid", axis.choice, node.toString());
    }

    private static Geometry geometry(JsonNode feature) {
        JsonNode geometry = feature.get("geometry");
        if (geometry == null) {
            throw new RowRejected(null, "area.import.no-geometry");
        }
        if (geometry.isNull()) {
            throw new RowRejected(null, "area.import.null-geometry");
        }
        JsonNode typeNode = geometry.get("type");
        String type = typeNode != null && typeNode.isString() ? typeNode.stringValue() : null;
        if (type == null) {
            throw new RowRejected(null, "area.import.geometry-no-type");
        }
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new RowRejected(null, "area.import.geometry-type", type);
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new RowRejected(null, "area.import.no-coordinates", type);
        }
        if (type.equals("Polygon")) {
            return BoundaryBuilder.polygon(rings(coordinates));
        }
        List<List<double[]>> polygons = new ArrayList<>(coordinates.size());
        for (JsonNode polygon : coordinates) {
            polygons.add(rings(expectArray(polygon, "area.import.part-not-array")));
        }
        return BoundaryBuilder.multiPolygon(polygons);
    }

    private static List<double[]> rings(JsonNode polygon) {
        List<double[]> rings = new ArrayList<>(polygon.size());
        for (JsonNode ring : polygon) {
            expectArray(ring, "area.import.ring-not-array");
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode position : ring) {
                expectArray(position, "area.import.position-not-array");
                if (position.size() < 2) {
                    throw new RowRejected(null, "area.import.position-too-short", position.toString());
                }
                xy[i++] = number(position.get(0));
                xy[i++] = number(position.get(1));
            }
            rings.add(xy);
        }
        return rings;
    }

    private static JsonNode expectArray(JsonNode node, String reasonKey) {
        if (!node.isArray()) {
            throw new RowRejected(null, reasonKey);
        }
        return node;
    }

    private static double number(JsonNode node) {
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new RowRejected(null, "area.import.boundary-not-a-number", node.toString());
        }
        return node.doubleValue();
    }
}
