package id.bpjstk.desasadar.base.io;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an uploaded CSV file (Vaadin's upload spools it to a temporary file) record by record, after
 * refusing, before any record is handed on, a file that is empty, over the byte limit, not UTF-8, cut
 * off, or has the wrong header. Memory stays bounded by one record whatever the file size.
 *
 * <p>Accepted: UTF-8 with or without BOM; comma or semicolon, whichever the header line uses more
 * (Indonesian spreadsheets save with semicolons); quoted fields with separators and line breaks; CRLF.
 * Header names are matched case-insensitively and in any order. Refusals are {@link RuleViolation}s
 * with {@code csv.error.*} keys, like every other refusal shown to users.
 */
public final class CsvIntake {

    private static final int HEADER_PEEK = 1 << 16;

    /**
     * @param columns   the header names every file has, lower case; {@link IntakeRow#values()} follows this order
     * @param optional  header names a file may leave out (their values follow the required ones; null when absent)
     * @param byteLimit the largest file accepted
     */
    public record Spec(List<String> columns, List<String> optional, long byteLimit) {
        public Spec {
            columns = List.copyOf(columns);
            optional = List.copyOf(optional);
        }

        public Spec(List<String> columns, long byteLimit) {
            this(columns, List.of(), byteLimit);
        }
    }

    private CsvIntake() {
    }

    /**
     * Reads the whole file, handing each non-blank record after the header to {@code rows}.
     *
     * @param progress  fraction of the bytes read
     * @param cancelled checked between records
     * @return the number of records handed on
     * @throws RuleViolation         the file is refused; no record has been handed on
     * @throws CancellationException {@code cancelled} answered true; earlier records were handed on
     */
    public static long read(Path file, Spec spec, Progress progress, BooleanSupplier cancelled, Consumer<IntakeRow> rows) {
        try {
            long size = Files.size(file);
            if (size > spec.byteLimit()) {
                throw new RuleViolation("csv.error.too-large", spec.byteLimit());
            }
            char separator = separator(file);
            try (InputStream in = Files.newInputStream(file)) {
                CsvPrescan.check(in, separator);
            }
            try (InputStream in = new CountingInputStream(Files.newInputStream(file), size, progress)) {
                return records(in, separator, spec, cancelled, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator the header line uses more; refuses a file with no header line at all. */
    private static char separator(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_PEEK);
        }
        int semicolons = 0;
        int commas = 0;
        boolean text = false;
        for (int i = 0; i < head.length && head[i] != '\n'; i++) {
            byte b = head[i];
            semicolons += b == ';' ? 1 : 0;
            commas += b == ',' ? 1 : 0;
            // the UTF-8 byte-order mark (EF BB BF) and white space are not content
            int u = b & 0xFF;
            text |= u > ' ' && u != 0xEF && u != 0xBB && u != 0xBF;
        }
        if (!text) {
            throw new RuleViolation("csv.error.empty");
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static long records(InputStream in, char separator, Spec spec, BooleanSupplier cancelled,
                                Consumer<IntakeRow> rows) throws IOException {
        // Empty lines are kept by the parser so that its line counter gives physical line numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        CSVParser parser = format.parse(Utf8Text.open(in));
        Iterator<CSVRecord> records = parser.iterator();
        CSVRecord headerRecord = next(records, 1);
        int[] index = header(headerRecord, spec);
        int headerSize = headerRecord.size();
        long count = 0;
        long previousLine = parser.getCurrentLineNumber();
        CSVRecord record;
        while ((record = next(records, previousLine + 1)) != null) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("import cancelled at line " + (previousLine + 1));
            }
            // a record starts on the line after the previous one ended, even if it spans several lines
            long line = previousLine + 1;
            previousLine = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            String[] values = new String[index.length];
            for (int i = 0; i < index.length; i++) {
                values[i] = index[i] >= 0 && index[i] < record.size() ? record.get(index[i]) : null;
            }
            rows.accept(new IntakeRow(line, Arrays.asList(values), record.size(), headerSize));
            count++;
        }
        return count;
    }

    /** Commons CSV reports syntax errors (a stray quote after a quoted field) from the iterator. */
    private static CSVRecord next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw new RuleViolation("csv.error.malformed", line);
        }
    }

    /** For each expected column (required, then optional), its position in the file; -1 for an optional one left out. */
    private static int[] header(CSVRecord header, Spec spec) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        List<String> expected = new ArrayList<>(spec.columns());
        expected.addAll(spec.optional());
        List<String> missing = spec.columns().stream().filter(c -> !names.contains(c)).toList();
        List<String> unknown = names.stream().filter(n -> !expected.contains(n)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new RuleViolation("csv.error.header", String.join(", ", expected),
                    missing.isEmpty() ? "-" : String.join(", ", missing), unknown.isEmpty() ? "-" : String.join(", ", unknown));
        }
        return expected.stream().mapToInt(names::indexOf).toArray();
    }
}
