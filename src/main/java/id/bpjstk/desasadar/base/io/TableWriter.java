package id.bpjstk.desasadar.base.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An export table streamed row by row to CSV or XLSX, so that its size never matters. Text cells go through
 * {@link CsvCells#text} in both formats (a spreadsheet must not run {@code =HYPERLINK(…)} from a name, and an XLSX
 * saved again as CSV must stay harmless); numbers are written as numbers, everything else as its text.
 *
 * <p>CSV: semicolon-separated UTF-8 with a byte-order mark, what a spreadsheet in Indonesia opens directly.
 * XLSX: inline strings (no shared-string table growing in memory), flushed every {@value #FLUSH_ROWS} rows, a new
 * sheet when one is full. {@link #close()} finishes the file but leaves the stream open for its owner.
 */
public abstract sealed class TableWriter implements AutoCloseable {

    static final int FLUSH_ROWS = 1_000;

    public static TableWriter open(ExportFormat format, OutputStream out, String sheetName, List<String> header) {
        TableWriter writer = format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName, header);
        if (format == ExportFormat.CSV) {
            writer.row(header);
        }
        return writer;
    }

    /** One row; a cell may be null (empty), a {@link Number}, or anything else (written as text). */
    public abstract void row(List<?> cells);

    @Override
    public abstract void close();

    private static final class Csv extends TableWriter {
        private final Writer writer;
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                printer = CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(writer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> cells) {
            try {
                for (Object cell : cells) {
                    printer.print(cell == null ? null : cell instanceof Number ? cell : CsvCells.text(cell.toString()));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableWriter {
        private final Workbook workbook;
        private final String sheetName;
        private final List<String> header;
        private Worksheet sheet;
        private int sheets;
        private int row;

        Xlsx(OutputStream out, String sheetName, List<String> header) {
            this.workbook = new Workbook(out, "Desa Sadar Jaminan Sosial", "1.0");
            this.sheetName = sheetName;
            this.header = header;
            newSheet();
        }

        private void newSheet() {
            try {
                if (sheet != null) {
                    sheet.finish();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sheets++;
            sheet = workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + " " + sheets);
            row = 0;
            write(header);
        }

        @Override
        public void row(List<?> cells) {
            if (row == Worksheet.MAX_ROWS) {
                newSheet();
            }
            write(cells);
        }

        private void write(List<?> cells) {
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (cell != null) {
                    sheet.inlineString(row, c, CsvCells.text(cell.toString()));
                }
            }
            row++;
            if (row % FLUSH_ROWS == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                sheet.finish();
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
