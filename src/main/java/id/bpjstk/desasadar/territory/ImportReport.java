package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.io.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The outcome of one coordinate/boundary import. {@code matched} rows had a known code; of those,
 * {@code changed} altered stored data and the rest were already up to date (a re-import changes none).
 * {@code fileError} is set when the file as a whole could not be read, and then nothing was applied
 * past the rows counted.
 */
public record ImportReport(String fileName, long rowsRead, long matched, long changed, List<ImportProblem> problems,
                           String fileError) {

    public long unknownCodes() {
        return problems.stream().filter(p -> p.kind() == ImportProblem.Kind.UNKNOWN_CODE).count();
    }

    public long invalidRows() {
        return problems.stream().filter(p -> p.kind() == ImportProblem.Kind.INVALID_ROW).count();
    }

    /** Every problem row, for the administrator to fix and re-import. */
    public String problemsCsv() {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("row", "code", "problem", "reason").get())) {
            for (ImportProblem p : problems) {
                csv.printRecord(p.row(), CsvCells.text(p.code()), p.kind(), CsvCells.text(p.reason()));
            }
            if (fileError != null) {
                csv.printRecord("", "", "FILE", CsvCells.text(fileError));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
