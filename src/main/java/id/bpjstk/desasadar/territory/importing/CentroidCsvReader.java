package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code code,name,lat,lng} centroid CSV one record at a time.
 *
 * <p>The header is read by hand rather than through Commons CSV's header support so that matching
 * is case-insensitive and blank-tolerant, and so that a missing header gives our own message.
 * Only code, lat and lng are required; name and any other column are ignored.
 */
final class CentroidCsvReader {

    private static final List<String> REQUIRED = List.of("code", "lat", "lng");

    // Empty lines are kept (not skipped by the parser) so that line numbers can be computed from
    // the parser's line counter; they are skipped below instead.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private CentroidCsvReader() {
    }

    static void read(InputStream in, AreaRowSink sink) {
        CSVParser parser;
        try {
            parser = FORMAT.parse(FileProblems.utf8(in));
        } catch (IOException e) {
            throw FileProblems.fileProblem(e, "area.import.file.unreadable");
        }
        Iterator<CSVRecord> records = parser.iterator();
        Columns columns = header(records);
        long previousLine = parser.getCurrentLineNumber();
        while (hasNext(records, previousLine)) {
            CSVRecord record = records.next();
            // The parser counts line breaks consumed so far; a record starts on the line after the
            // previous record ended, even if it spans several lines because of quoted newlines.
            long line = previousLine + 1;
            previousLine = parser.getCurrentLineNumber();
            if (isBlank(record)) {
                continue;
            }
            row(line, record, columns, sink);
        }
    }

    private record Columns(int code, int lat, int lng) {
        int widest() {
            return Math.max(code, Math.max(lat, lng));
        }
    }

    private static Columns header(Iterator<CSVRecord> records) {
        if (!hasNext(records, 0)) {
            throw new CoordinateFileException("area.import.file.csv-empty");
        }
        CSVRecord header = records.next();
        List<String> names = new ArrayList<>();
        for (String value : header) {
            names.add(value.strip().toLowerCase(Locale.ROOT));
        }
        List<String> missing = REQUIRED.stream().filter(r -> !names.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new CoordinateFileException("area.import.file.csv-header", String.join(", ", missing),
                    abbreviate(String.join(",", header)));
        }
        return new Columns(names.indexOf("code"), names.indexOf("lat"), names.indexOf("lng"));
    }

    private static void row(long line, CSVRecord record, Columns columns, AreaRowSink sink) {
        String code = columns.code() < record.size() ? AreaCodes.clean(record.get(columns.code())) : null;
        try {
            if (record.size() <= columns.widest()) {
                throw new RowRejected(null, "area.import.row-size", record.size(), columns.widest() + 1);
            }
            AreaCodes.check(code);
            double lat = Degrees.parseCentroid(record.get(columns.lat()), Degrees.Axis.LATITUDE);
            double lng = Degrees.parseCentroid(record.get(columns.lng()), Degrees.Axis.LONGITUDE);
            sink.accept(new ParsedArea(line, code, lat, lng, null));
        } catch (RowRejected e) {
            sink.reject(line, code, e.reason());
        }
    }

    /** Commons CSV reports I/O and syntax errors (e.g. an unclosed quote) from the iterator. */
    private static boolean hasNext(Iterator<CSVRecord> records, long lineBefore) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw FileProblems.fileProblem(e, "area.import.file.csv-malformed", lineBefore);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
