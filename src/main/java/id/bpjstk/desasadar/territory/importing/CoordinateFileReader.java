package id.bpjstk.desasadar.territory.importing;

import java.io.InputStream;
import java.util.Objects;

/**
 * Entry point: streams a coordinate file row by row into an {@link AreaRowSink}.
 *
 * <p>Memory stays bounded by the largest single row (one CSV record, one GeoJSON feature, one SQL
 * value tuple), whatever the file size. The stream is read to the end but not closed; the caller
 * owns it.
 */
public final class CoordinateFileReader {

    private CoordinateFileReader() {
    }

    /**
     * @throws CoordinateFileException for problems with the file as a whole; rows handed to the sink
     *                                 before that point should then be discarded by the caller
     */
    public static void read(CoordinateFormat format, InputStream in, AreaRowSink sink) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        switch (format) {
            case CENTROID_CSV -> CentroidCsvReader.read(in, sink);
            case GEOJSON -> GeoJsonReader.read(in, sink);
            case WILAYAH_SQL -> WilayahSqlReader.read(in, sink);
        }
    }
}
