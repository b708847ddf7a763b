package id.bpjstk.desasadar.territory.importing;

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
        return polygon(rings, "");
    }

    static MultiPolygon multiPolygon(List<List<double[]>> polygons) {
        if (polygons.isEmpty()) {
            throw new RowRejectedException("MultiPolygon has no polygons");
        }
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(polygons.get(i), " of polygon " + (i + 1));
        }
        return FACTORY.createMultiPolygon(parts);
    }

    /** @param where appended to ring labels so a reason points at the right part of a multipolygon */
    private static Polygon polygon(List<double[]> rings, String where) {
        if (rings.isEmpty()) {
            throw new RowRejectedException("polygon" + where + " has no rings");
        }
        LinearRing shell = ring(rings.get(0), "ring 1" + where);
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            if (!isDegenerateHole(rings.get(i))) {
                holes.add(ring(rings.get(i), "ring " + (i + 1) + where));
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

    private static LinearRing ring(double[] xy, String label) {
        int positions = xy.length / 2;
        if (positions < 4) {
            throw new RowRejectedException(label + " has " + positions
                    + " position" + (positions == 1 ? "" : "s") + " (a closed ring needs at least 4)");
        }
        int last = 2 * (positions - 1);
        if (xy[0] != xy[last] || xy[1] != xy[last + 1]) {
            throw new RowRejectedException(label + " is not closed (its first and last positions differ)");
        }
        Coordinate[] coordinates = new Coordinate[positions];
        for (int p = 0; p < positions; p++) {
            double lat = Degrees.checkRange(xy[2 * p + 1], Degrees.Axis.LATITUDE, "boundary ");
            double lng = Degrees.checkRange(xy[2 * p], Degrees.Axis.LONGITUDE, "boundary ");
            coordinates[p] = new Coordinate(lng, lat);
        }
        return FACTORY.createLinearRing(coordinates);
    }
}
