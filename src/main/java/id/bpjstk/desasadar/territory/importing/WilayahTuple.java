package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;

/** Turns one value tuple of {@code INSERT INTO wilayah_boundaries} into a row or a rejection. */
final class WilayahTuple {

    private WilayahTuple() {
    }

    /** Where each column sits in a tuple, taken from the statement's column list; -1 if absent. */
    record Columns(int code, int lat, int lng, int path, int count) {

        static Columns of(List<String> names, long line) {
            List<String> lower = names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            int code = lower.indexOf("kode");
            if (code < 0) {
                code = lower.indexOf("code");
            }
            int path = lower.indexOf("path");
            if (code < 0 || path < 0) {
                throw new CoordinateFileException("area.import.file.sql-columns", WilayahSqlReader.TABLE, line,
                        String.join(", ", names));
            }
            return new Columns(code, lower.indexOf("lat"), lower.indexOf("lng"), path, names.size());
        }
    }

    static void handle(long row, Columns columns, List<String> values, AreaRowSink sink) {
        String code = columns.code() < values.size() ? AreaCodes.clean(values.get(columns.code())) : null;
        try {
            if (values.size() != columns.count()) {
                throw new RowRejected(null, "area.import.tuple-size", values.size(), columns.count());
            }
            AreaCodes.check(code);
            Double lat = centroid(values, columns.lat(), Degrees.Axis.LATITUDE);
            Double lng = centroid(values, columns.lng(), Degrees.Axis.LONGITUDE);
            if ((lat == null) != (lng == null)) {
                throw new RowRejected(null, lat == null ? "area.import.lat-null" : "area.import.lng-null");
            }
            String path = values.get(columns.path());
            Geometry boundary = path == null || path.isBlank() ? null : LatLngPath.parse(path);
            if (boundary == null && lat == null) {
                throw new RowRejected(null, "area.import.nothing-to-apply");
            }
            sink.accept(new ParsedArea(row, code, lat, lng, boundary));
        } catch (RowRejected e) {
            sink.reject(row, code, e.reason());
        }
    }

    /** NULL (or an empty string) means "no centroid": the row then keeps only its boundary. */
    private static Double centroid(List<String> values, int index, Degrees.Axis axis) {
        String raw = index < 0 ? null : values.get(index);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Degrees.parseCentroid(raw, axis);
    }
}
