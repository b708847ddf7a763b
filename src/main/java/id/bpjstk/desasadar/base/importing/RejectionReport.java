package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.CsvCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rejected records of one import: line (or feature number), the column at fault, the reason and the record's
 * original values. Kept in a temporary file as records are rejected (a file with a million bad rows costs no memory),
 * with each reason as its message key and arguments: the service never translates. The download renders it in the
 * user's language ({@link #writeTo}). The file is made at the first rejected record: a clean import leaves none.
 *
 * <p>The download is semicolon-separated UTF-8 with a byte-order mark: what a spreadsheet in Indonesia opens directly.
 */
public final class RejectionReport implements AutoCloseable {

    /** Fixed report columns before the original ones. */
    public static final List<String> LEADING_COLUMNS = List.of("baris", "kolom", "alasan");

    private static final CSVFormat STORED = CSVFormat.DEFAULT;

    private final List<String> columns;
    private Path file;
    private CSVPrinter printer;
    private long count;
    private boolean closed;

    /** @param columns the import's column names, written after {@link #LEADING_COLUMNS} */
    public RejectionReport(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * @param column the column at fault, or {@code null} when the record as a whole is
     * @param values the record's original cells ({@code null} for missing ones)
     */
    public void add(long line, String column, RuleViolation reason, List<String> values) {
        try {
            if (printer == null) {
                file = Files.createTempFile("import-report-", ".csv");
                printer = STORED.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            }
            Object[] args = reason.args();
            printer.print(line);
            printer.print(column);
            printer.print(reason.messageKey());
            printer.print(args.length);
            for (Object arg : args) {
                printer.print(Arg.encode(arg));
            }
            for (String value : values) {
                printer.print(value);
            }
            printer.println();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count() {
        return count;
    }

    /** Every record is in; the report can now be rendered. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (printer == null) {
            return;
        }
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report for the user to download, each reason rendered by {@code reasonText} (the user's language),
     * streamed: the report is never held in memory. Leaves {@code out} open.
     */
    public void writeTo(OutputStream out, Function<RuleViolation, String> reasonText) throws IOException {
        close();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(LEADING_COLUMNS);
        // an import column named like a report column (the contribution import's "alasan") keeps both readable
        columns.forEach(c -> header.add(LEADING_COLUMNS.contains(c) ? c + "_berkas" : c));
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get().print(writer);
        if (file == null) {
            csv.flush();
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser stored = STORED.parse(in)) {
            for (CSVRecord r : stored) {
                int argCount = Integer.parseInt(r.get(3));
                Object[] args = new Object[argCount];
                for (int i = 0; i < argCount; i++) {
                    args[i] = Arg.decode(r.get(4 + i));
                }
                csv.print(r.get(0));
                csv.print(r.get(1).isEmpty() ? null : r.get(1));
                csv.print(reasonText.apply(new RuleViolation(r.get(2), args)));
                for (int i = 4 + argCount; i < r.size(); i++) {
                    csv.print(CsvCells.text(r.get(i)));
                }
                csv.println();
            }
        }
        csv.flush();
    }

    /** Deletes the temporary file; the report is gone. */
    public void delete() {
        close();
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reason's argument kept with its type, so that a pattern such as {@code {0,number,integer}} renders it as the
     * service meant: a tag letter and the value's text.
     */
    private static final class Arg {

        static String encode(Object arg) {
            return switch (arg) {
                case null -> "n";
                case Long l -> "l" + l;
                case Integer i -> "i" + i;
                case Double d -> "d" + d;
                case BigDecimal b -> "b" + b.toPlainString();
                case LocalDate d -> "D" + d;
                default -> "s" + arg;
            };
        }

        static Object decode(String text) {
            String value = text.substring(1);
            return switch (text.charAt(0)) {
                case 'n' -> null;
                case 'l' -> Long.valueOf(value);
                case 'i' -> Integer.valueOf(value);
                case 'd' -> Double.valueOf(value);
                case 'b' -> new BigDecimal(value);
                case 'D' -> LocalDate.parse(value);
                default -> value;
            };
        }
    }
}
