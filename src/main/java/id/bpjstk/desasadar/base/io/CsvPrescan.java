package id.bpjstk.desasadar.base.io;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * One fast pass over the raw bytes before any row is handed on: refuses a file that is not UTF-8
 * (naming the line of the first bad byte) or that was cut off (an unterminated quote, or a last
 * record with fewer fields than the header). Parsing first and finding out at the end would leave
 * half a file stored.
 *
 * <p>The structure is followed byte by byte (separator, quote and line break are ASCII and never occur
 * inside a UTF-8 multi-byte sequence) with the same quoting rules as Commons CSV's default format: a
 * quote opens a quoted field only at the start of a field, and {@code ""} inside it is a quote.
 */
final class CsvPrescan {

    private static final int CHUNK = 1 << 16;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final byte separator;
    private State state = State.FIELD_START;
    private long line = 1;
    private int fields;
    private boolean blankRecord = true;
    private int lastRecordFields;
    private long lastRecordLine;
    private long recordLine = 1;
    private int headerFields;

    private CsvPrescan(char separator) {
        this.separator = (byte) separator;
    }

    /**
     * @throws RuleViolation {@code csv.error.not-utf8}, {@code csv.error.cut-off-quote} or
     *                       {@code csv.error.cut-off-row}
     */
    static void check(InputStream in, char separator) throws IOException {
        new CsvPrescan(separator).scan(in);
    }

    private void scan(InputStream in) throws IOException {
        CharsetDecoder decoder = Utf8Text.strictDecoder();
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = n < 0;
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.clear();
            if (result.isError()) {
                structure(bytes.array(), start, bytes.position());
                throw new RuleViolation("csv.error.not-utf8", line);
            }
            structure(bytes.array(), start, bytes.position());
            bytes.compact();
        }
        if (decoder.flush(chars).isError() || bytes.position() > 0) {
            throw new RuleViolation("csv.error.not-utf8", line);
        }
        finish();
    }

    private void structure(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            switch (state) {
                case FIELD_START, UNQUOTED -> {
                    if (b == separator) {
                        fields++;
                        blankRecord = false;
                        state = State.FIELD_START;
                    } else if (b == '\n') {
                        endRecord();
                    } else if (b == '"' && state == State.FIELD_START) {
                        state = State.QUOTED;
                        blankRecord = false;
                    } else if (b != '\r') {
                        state = State.UNQUOTED;
                        blankRecord = false;
                    }
                }
                case QUOTED -> {
                    if (b == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else if (b == '\n') {
                        line++;
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (b == '"') {
                        state = State.QUOTED;
                    } else if (b == separator) {
                        fields++;
                        state = State.FIELD_START;
                    } else if (b == '\n') {
                        endRecord();
                    } else if (b != '\r') {
                        state = State.UNQUOTED;
                    }
                }
            }
        }
    }

    private void endRecord() {
        if (!blankRecord) {
            recordEnded();
        }
        line++;
        recordLine = line;
        fields = 0;
        blankRecord = true;
        state = State.FIELD_START;
    }

    private void finish() {
        if (state == State.QUOTED) {
            throw new RuleViolation("csv.error.cut-off-quote", recordLine);
        }
        if (!blankRecord) {
            recordEnded();
        }
        if (lastRecordLine > 0 && lastRecordFields < headerFields) {
            throw new RuleViolation("csv.error.cut-off-row", lastRecordLine, lastRecordFields, headerFields);
        }
    }

    private void recordEnded() {
        if (headerFields == 0) {
            headerFields = fields + 1;
        } else {
            lastRecordFields = fields + 1;
            lastRecordLine = recordLine;
        }
    }
}
