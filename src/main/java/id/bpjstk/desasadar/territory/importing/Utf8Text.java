package id.bpjstk.desasadar.territory.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens the uploaded bytes as strict UTF-8 text. The default decoders silently replace bad bytes
 * with U+FFFD, which would import mangled village names; a strict decoder makes a Latin-1 or
 * UTF-16 upload fail with a clear message instead.
 */
final class Utf8Text {

    private static final int BUFFER_CHARS = 1 << 16;

    private Utf8Text() {
    }

    /** A buffered strict reader positioned after a leading byte-order mark, if any. */
    static Reader open(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), BUFFER_CHARS);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (IOException e) {
            throw fileProblem("cannot read the file", e);
        }
        return reader;
    }

    /**
     * Wraps a low-level failure, recognising decoding errors anywhere in the cause chain (parsers
     * wrap the reader's exception in their own types).
     */
    static CoordinateFileException fileProblem(String context, Throwable failure) {
        if (isDecodingFailure(failure)) {
            return notUtf8(failure);
        }
        Throwable shown = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause() : failure;
        return new CoordinateFileException(context + ": " + shown.getMessage(), failure);
    }

    static boolean isDecodingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    static CoordinateFileException notUtf8(Throwable cause) {
        return new CoordinateFileException(
                "the file is not valid UTF-8 text; save it as UTF-8 and upload it again", cause);
    }
}
