package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.io.RejectionReport;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The course of every CSV import: who may import, the rejection report, the intake of the file into a writer,
 * cancellation, and the outcome. Each import supplies its columns, its writer and what it does with one record.
 */
final class ImportRun {

    private ImportRun() {
    }

    /** Rows taken from the files of one kind of import; Prometheus's {@code rate()} of it is rows per second. */
    static Counter rowCounter(MeterRegistry meters, String kind) {
        return Counter.builder("desasadar.import.rows").description("Rows read from import files").tag("kind", kind)
                .register(meters);
    }

    /** Coordinators and administrators import; the import's rows are checked against their scope. */
    static UserPrincipal importer(CurrentUser currentUser) {
        return currentUser.requireFieldEditor("Only coordinators and administrators import");
    }

    /**
     * @param writer opens the import's writer on the report
     * @param take   converts, validates and hands one record to the writer ({@code add} or {@code reject})
     * @param rows   counts every row taken (the metric {@code desasadar.import.rows}, whose rate is rows per second)
     * @throws RuleViolation the file as a whole is refused ({@code csv.error.*}); nothing was stored
     */
    static <W extends BulkWriter<?>> ImportResult run(Path file, CsvIntake.Spec spec, ImportMode mode, Progress progress,
                                                      BooleanSupplier cancelled, Function<RuleViolation, String> reasonText,
                                                      Function<RejectionReport, W> writer, BiConsumer<IntakeRow, W> take,
                                                      Counter rows) {
        RejectionReport report = new RejectionReport(spec.columns(), reasonText);
        try (report; W w = writer.apply(report)) {
            try {
                CsvIntake.read(file, spec, progress, cancelled, row -> {
                    take.accept(row, w);
                    rows.increment();
                });
            } catch (CancellationException e) {
                return new ImportResult(ImportResult.Outcome.CANCELLED, w.cancel(), report.file());
            }
            ImportCounts counts = w.finish();
            boolean rolledBack = mode == ImportMode.ALL_OR_NOTHING && counts.rejected() > 0;
            return new ImportResult(rolledBack ? ImportResult.Outcome.ROLLED_BACK : ImportResult.Outcome.STORED, counts, report.file());
        } catch (RuntimeException e) {
            delete(report.file());
            throw e;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
