package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.base.io.Progress;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The records of an uploaded file, streamed one at a time: CSV rows ({@link #csv}), GeoJSON features
 * ({@link GeoJsonFeatures}), SQL value tuples. A file refused as a whole (too large, wrong format) is refused with a
 * {@link id.bpjstk.desasadar.base.error.RuleViolation} before any record is handed on, wherever the format allows.
 *
 * @param <T> one record as the source reads it
 */
@FunctionalInterface
public interface RecordSource<T> {

    /**
     * Hands every record to {@code records} in file order.
     *
     * @param progress fraction of the file read
     * @return the number of records handed on
     */
    long read(Progress progress, Consumer<T> records);

    /** The rows of a CSV file, through {@link CsvIntake} (its checks, its limits, its line numbers). */
    static RecordSource<IntakeRow> csv(Path file, CsvIntake.Spec spec) {
        // cancellation is checked by ImportRun between records, for every kind of source alike
        return (progress, records) -> CsvIntake.read(file, spec, progress, () -> false, records);
    }
}
