package id.bpjstk.desasadar.base.io;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The downloadable report of an import: one CSV line per rejected row with its line number, the
 * column at fault, the reason in the user's language and the row's original values. Written to a
 * temporary file as rows are rejected, so a file with a million bad rows costs no memory.
 *
 * <p>Semicolon-separated UTF-8 with a byte-order mark: what a spreadsheet in Indonesia opens directly.
 */
public final class RejectionReport implements AutoCloseable {

    /** Fixed report columns before the original ones. */
    public static final List<String> LEADING_COLUMNS = List.of("baris", "kolom", "alasan");

    private final Path file;
    private final CSVPrinter printer;
    private final Function<RuleViolation, String> reasonText;
    private long count;

    /**
     * @param columns    the import's column names, written after {@link #LEADING_COLUMNS} (one named like those gets
     *                   the suffix {@code _berkas})
     * @param reasonText renders a reason in the user's language
     */
    public RejectionReport(List<String> columns, Function<RuleViolation, String> reasonText) {
        this.reasonText = reasonText;
        try {
            file = Files.createTempFile("import-report-", ".csv");
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(LEADING_COLUMNS);
            // an import column named like a report column (the contribution import's "alasan") keeps both readable
            columns.forEach(c -> header.add(LEADING_COLUMNS.contains(c) ? c + "_berkas" : c));
            printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param column the column at fault, or {@code null} when the row as a whole is
     * @param values the row's original cells ({@code null} for missing ones)
     */
    public void add(long line, String column, RuleViolation reason, List<String> values) {
        try {
            printer.print(line);
            printer.print(column);
            printer.print(reasonText.apply(reason));
            for (String value : values) {
                printer.print(CsvCells.text(value));
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

    /** The report file; complete once {@link #close()} has been called. The caller deletes it when done. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
