package id.bpjstk.desasadar.territory.importing;

import java.io.Serial;

/**
 * Internal signal that the current row is unusable; the format readers catch it and turn it into
 * {@link AreaRowSink#reject}. It never escapes {@link CoordinateFileReader}. No stack trace is
 * recorded because thousands of bad rows are ordinary input, not a bug.
 */
final class RowRejectedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
