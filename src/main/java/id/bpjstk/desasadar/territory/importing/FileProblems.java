package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.io.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Turns low-level failures of the coordinate readers into {@link CoordinateFileException}s. */
final class FileProblems {

    private FileProblems() {
    }

    /** {@link Utf8Text#open}, with a failure to read the first character reported as a file problem. */
    static Reader utf8(InputStream in) {
        try {
            return Utf8Text.open(in);
        } catch (IOException e) {
            throw fileProblem(e, "area.import.file.unreadable");
        }
    }

    /**
     * Wraps a low-level failure, recognising decoding errors anywhere in the cause chain. The message of {@code key}
     * takes {@code args} and then, last, the failure's own (technical) words.
     */
    static CoordinateFileException fileProblem(Throwable failure, String key, Object... args) {
        if (Utf8Text.isDecodingFailure(failure)) {
            return notUtf8(failure);
        }
        Throwable shown = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause() : failure;
        Object[] withDetail = Arrays.copyOf(args, args.length + 1);
        withDetail[args.length] = String.valueOf(shown.getMessage());
        return new CoordinateFileException(failure, key, withDetail);
    }

    static CoordinateFileException notUtf8(Throwable cause) {
        return new CoordinateFileException(cause, "area.import.file.not-utf8");
    }
}
