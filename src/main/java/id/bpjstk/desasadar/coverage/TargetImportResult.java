package id.bpjstk.desasadar.coverage;

import java.nio.file.Path;

/**
 * What a target import did. All or nothing: {@code stored} is the number of rows read when none was rejected, else 0.
 *
 * @param report the CSV report of every rejected row (line, column, reason, original values): a temporary file the
 *               caller offers for download and then deletes
 */
public record TargetImportResult(long rows, long stored, long rejected, Path report) {

    public boolean storedAll() {
        return rejected == 0;
    }
}
