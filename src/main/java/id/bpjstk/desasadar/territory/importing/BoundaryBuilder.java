package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.territory.IndonesiaBounds;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Turns rings of already-parsed numbers into JTS geometries, applying the structural checks that
 * every format shares: each position inside {@link IndonesiaBounds}, each ring closed and of at
 * least 4 positions, at least one ring per polygon.
 *
 * <p>Deliberately does <em>not</em> call {@code Geometry.isValid()}: real boundary data has
 * slightly self-touching rings and shared edges that JTS calls invalid but that display and
 * contain points fine.
 *
 * <p>A ring is a flat array {@code [lng0, lat0, lng1, lat1, ...]} — the readers put the axes in
 * this order before calling, because the SQL format stores them the other way round.
 */
final class BoundaryBuilder {

    /** One factory for every reader so all geometries agree on SRID and precision. */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private BoundaryBuilder() {
    }

    static Polygon polygon(List<double[]> rings) {
        return polygon(rings, 0);
    }

    static MultiPolygon multiPolygon(List<List<double[]>> polygons) {
        if (polygons.isEmpty()) {
            throw new RowRejected(null, "area.import.no-polygons");
        }
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(polygons.get(i), i + 1);
        }
        return FACTORY.createMultiPolygon(parts);
    }

    /** @param part the polygon's number in a multipolygon, so that a reason points at the right part; 0 for a polygon */
    private static Polygon polygon(List<double[]> rings, int part) {
        if (rings.isEmpty()) {
            throw part == 0 ? new RowRejected(null, "area.import.polygon-no-rings")
                    : new RowRejected(null, "area.import.part-no-rings", part);
        }
        LinearRing shell = ring(rings.get(0), 1, part);
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            if (!isDegenerateHole(rings.get(i))) {
                holes.add(ring(rings.get(i), i + 1, part));
            }
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    /**
     * A closed hole of three positions or fewer ([A, B, A]) encloses no area: real data has them
     * (Kabupaten Sorong), and dropping one changes no point's inside/outside answer.
     */
    private static boolean isDegenerateHole(double[] xy) {
        int positions = xy.length / 2;
        return positions >= 1 && positions < 4 && xy[0] == xy[xy.length - 2] && xy[1] == xy[xy.length - 1];
    }

    private static LinearRing ring(double[] xy, int ring, int part) {
        int positions = xy.length / 2;
        if (positions < 4) {
            throw part == 0 ? new RowRejected(null, "area.import.ring-too-short", ring, positions)
                    : new RowRejected(null, "area.import.part-ring-too-short", ring, positions, part);
        }
        int last = 2 * (positions - 1);
        if (xy[0] != xy[last] || xy[1] != xy[last + 1]) {
            throw part == 0 ? new RowRejected(null, "area.import.ring-not-closed", ring)
                    : new RowRejected(null, "area.import.part-ring-not-closed", ring, part);
        }
        Coordinate[] coordinates = new Coordinate[positions];
        for (int p = 0; p < positions; p++) {
            double lat = Degrees.checkRange(xy[2 * p + 1], Degrees.Axis.LATITUDE, true);
            double lng = Degrees.checkRange(xy[2 * p], Degrees.Axis.LONGITUDE, true);
            coordinates[p] = new Coordinate(lng, lat);
        }
        return FACTORY.createLinearRing(coordinates);
    }
}
