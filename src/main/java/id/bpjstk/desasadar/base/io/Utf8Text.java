package id.bpjstk.desasadar.base.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens uploaded bytes as strict UTF-8 text. The default decoders silently replace bad bytes with
 * U+FFFD, which would store mangled names; a strict decoder makes a Latin-1 or UTF-16 upload fail
 * instead.
 */
public final class Utf8Text {

    private static final int BUFFER_CHARS = 1 << 16;

    private Utf8Text() {
    }

    /** A strict decoder: malformed or unmappable input is an error, never a replacement character. */
    public static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A buffered strict reader positioned after a leading byte-order mark, if any. */
    public static Reader open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, strictDecoder()), BUFFER_CHARS);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Recognises decoding errors anywhere in the cause chain (parsers wrap the reader's exception in their own types). */
    public static boolean isDecodingFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }
}
