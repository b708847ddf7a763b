package id.bpjstk.desasadar.territory.importing;

import java.io.Serial;

/**
 * A problem with the file as a whole (wrong header, not a FeatureCollection, not UTF-8, truncated
 * data...), as opposed to a bad row, which is reported through {@link AreaRowSink#reject}.
 *
 * <p>Because files are streamed, rows before the problem may already have been handed to the sink;
 * callers should discard everything from a file that ends in this exception.
 */
public class CoordinateFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CoordinateFileException(String message) {
        super(message);
    }

    public CoordinateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
