package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.Progress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The course of every import: the rejection report, the records of the source into a writer, cancellation between
 * records, and the outcome. Each import supplies its source, its writer and what it does with one record (convert,
 * validate, then {@code add} or {@code reject}); who may import is the import service's own check, made before.
 */
public final class ImportRun {

    private ImportRun() {
    }

    /** Records taken from the files of one kind of import; Prometheus's {@code rate()} of it is records per second. */
    public static Counter rowCounter(MeterRegistry meters, String kind) {
        return Counter.builder("desasadar.import.rows").description("Rows read from import files").tag("kind", kind)
                .register(meters);
    }

    /**
     * @param reportColumns the names of the original values each record brings to the report
     * @param mode          all or nothing: a rejected record makes the outcome {@link ImportResult.Outcome#ROLLED_BACK}
     * @param cancelled     checked before each record
     * @param writer        opens the import's writer on the report
     * @param take          converts, validates and hands one record to the writer ({@code add} or {@code reject})
     * @param rows          counts every record taken
     * @throws RuleViolation the file as a whole is refused; nothing was stored
     */
    public static <T, W extends ImportWriter<?>> ImportResult run(RecordSource<T> source, List<String> reportColumns,
                                                                  ImportMode mode, Progress progress, BooleanSupplier cancelled,
                                                                  Function<RejectionReport, W> writer, BiConsumer<T, W> take,
                                                                  Counter rows) {
        RejectionReport report = new RejectionReport(reportColumns);
        long[] read = {0};
        try (report; W w = writer.apply(report)) {
            try {
                source.read(progress, record -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("import cancelled");
                    }
                    read[0]++;
                    take.accept(record, w);
                    rows.increment();
                });
            } catch (CancellationException e) {
                return new ImportResult(ImportResult.Outcome.CANCELLED, w.cancel(), read[0], report);
            }
            ImportCounts counts = w.finish();
            boolean rolledBack = mode == ImportMode.ALL_OR_NOTHING && counts.rejected() > 0;
            return new ImportResult(rolledBack ? ImportResult.Outcome.ROLLED_BACK : ImportResult.Outcome.STORED, counts, read[0],
                    report);
        } catch (RuntimeException e) {
            report.delete();
            throw e;
        }
    }
}
