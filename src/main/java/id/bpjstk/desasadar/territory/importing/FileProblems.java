package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.io.Utf8Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Turns low-level failures of the coordinate readers into {@link CoordinateFileException}s. */
final class FileProblems {

    private FileProblems() {
    }

    /** {@link Utf8Text#open}, with a failure to read the first character reported as a file problem. */
    static Reader utf8(InputStream in) {
        try {
            return Utf8Text.open(in);
        } catch (IOException e) {
            throw fileProblem("cannot read the file", e);
        }
    }

    /** Wraps a low-level failure, recognising decoding errors anywhere in the cause chain. */
    static CoordinateFileException fileProblem(String context, Throwable failure) {
        if (Utf8Text.isDecodingFailure(failure)) {
            return notUtf8(failure);
        }
        Throwable shown = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause() : failure;
        return new CoordinateFileException(context + ": " + shown.getMessage(), failure);
    }

    static CoordinateFileException notUtf8(Throwable cause) {
        return new CoordinateFileException(
                "the file is not valid UTF-8 text; save it as UTF-8 and upload it again", cause);
    }
}
