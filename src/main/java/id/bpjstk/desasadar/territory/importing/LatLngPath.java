package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * Parses the {@code path} column of wilayah_boundaries: JSON-style nested arrays of
 * <strong>{@code [lat, lng]}</strong> positions (the reverse of GeoJSON). Three levels deep
 * ({@code [[[lat,lng],...]]}, a list of rings) is a polygon; four levels is a multipolygon.
 *
 * <p>Hand-written instead of going through a JSON tree: a regency path can hold hundreds of
 * thousands of numbers, and boxing each into a node only to copy it out again is wasteful.
 */
final class LatLngPath {

    private final String text;
    private int pos;

    private LatLngPath(String text) {
        this.text = text;
    }

    static Geometry parse(String text) {
        return new LatLngPath(text).geometry();
    }

    private Geometry geometry() {
        int depth = nestingDepth();
        Geometry result;
        if (depth == 3) {
            result = BoundaryBuilder.polygon(polygon());
        } else if (depth == 4) {
            List<List<double[]>> polygons = new ArrayList<>();
            expect('[');
            do {
                polygons.add(polygon());
            } while (commaOrClose());
            result = BoundaryBuilder.multiPolygon(polygons);
        } else {
            throw new RowRejected(null, "area.import.path-depth", depth);
        }
        skipBlanks();
        if (pos < text.length()) {
            throw syntax("the end of the path");
        }
        return result;
    }

    /** Counts the opening brackets before the first number, without consuming anything. */
    private int nestingDepth() {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return depth;
    }

    private List<double[]> polygon() {
        List<double[]> rings = new ArrayList<>();
        expect('[');
        do {
            rings.add(ring());
        } while (commaOrClose());
        return rings;
    }

    /** @return {@code [lng0, lat0, lng1, lat1, ...]}, swapped into the order BoundaryBuilder wants */
    private double[] ring() {
        double[] xy = new double[64];
        int size = 0;
        expect('[');
        do {
            expect('[');
            double lat = number();
            expect(',');
            double lng = number();
            while (commaOrClose()) {
                number(); // a third value (altitude) carries nothing we keep
            }
            if (size + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
            }
            xy[size++] = lng;
            xy[size++] = lat;
        } while (commaOrClose());
        return Arrays.copyOf(xy, size);
    }

    private double number() {
        skipBlanks();
        int start = pos;
        while (pos < text.length() && ",[] \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw syntax("a number");
        }
        String token = text.substring(start, pos);
        Double value = Degrees.parseDecimal(token);
        if (value == null) {
            throw new RowRejected(null, "area.import.boundary-not-a-number",
                    "'" + (token.length() > 20 ? token.substring(0, 20) + "..." : token) + "'");
        }
        return value;
    }

    /** After an element: true on ',' (another follows), false on ']' (the list ends). */
    private boolean commaOrClose() {
        skipBlanks();
        if (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == ',') {
                return true;
            }
            if (c == ']') {
                return false;
            }
            pos--;
        }
        throw syntax("',' or ']'");
    }

    private void expect(char c) {
        skipBlanks();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw syntax("'" + c + "'");
        }
        pos++;
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private RowRejected syntax(String expected) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end of the text";
        return new RowRejected(null, "area.import.path-syntax", expected, pos + 1, found);
    }
}
