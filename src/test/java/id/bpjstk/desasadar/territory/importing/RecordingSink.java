package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.RenderedReports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test double that keeps everything it is given, plus helpers to read fixtures into it. */
final class RecordingSink implements AreaRowSink {

    record Rejection(long rowNumber, String code, String reason) {
    }

    final List<ParsedArea> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();

    @Override
    public void accept(ParsedArea row) {
        accepted.add(row);
    }

    /** The reason as an English-speaking administrator reads it in the report. */
    @Override
    public void reject(long rowNumber, String code, RuleViolation reason) {
        rejected.add(new Rejection(rowNumber, code, RenderedReports.english(reason)));
    }

    ParsedArea accepted(String code) {
        return accepted.stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no accepted row " + code + "; rejected: " + rejected));
    }

    Rejection rejected(String code) {
        return rejected.stream().filter(r -> code.equals(r.code())).findFirst()
                .orElseThrow(() -> new AssertionError("no rejected row " + code + "; rejected: " + rejected));
    }

    /**
     * JTS geometries are raw {@code Comparable}, which sends AssertJ's {@code assertThat} to the
     * comparable overload; this checks the type without going through it.
     */
    static <T> T boundaryAs(Class<T> type, ParsedArea row) {
        if (!type.isInstance(row.boundary())) {
            throw new AssertionError("expected a " + type.getSimpleName() + " boundary for " + row.code()
                    + " but got " + row.boundary());
        }
        return type.cast(row.boundary());
    }

    static RecordingSink readResource(CoordinateFormat format, String name) {
        try (InputStream in = RecordingSink.class.getResourceAsStream("/import/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /import/" + name);
            }
            return read(format, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordingSink readText(CoordinateFormat format, String text) {
        return read(format, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static RecordingSink read(CoordinateFormat format, InputStream in) {
        RecordingSink sink = new RecordingSink();
        CoordinateFileReader.read(format, in, sink);
        return sink;
    }
}
