package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.ImportRun;
import id.bpjstk.desasadar.base.importing.RecordSource;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.base.importing.SmallImportWriter;
import id.bpjstk.desasadar.base.io.CountingInputStream;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.territory.importing.AreaRowSink;
import id.bpjstk.desasadar.territory.importing.CoordinateFileException;
import id.bpjstk.desasadar.territory.importing.CoordinateFileReader;
import id.bpjstk.desasadar.territory.importing.CoordinateFormat;
import id.bpjstk.desasadar.territory.importing.ParsedArea;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports village centroids and area boundaries (centroid CSV, GeoJSON, wilayah_boundaries SQL) through the import
 * pipeline ({@link ImportRun}). Each row is applied whole or rejected into the report. A file that cannot be read to
 * its end (cut off, not UTF-8, not a FeatureCollection) is refused and changes nothing: the whole file is one
 * transaction, rolled back then, and so is a cancelled import. Re-importing a file changes nothing either.
 *
 * <p>The counts: {@code inserted} rows changed stored data, {@code duplicates} rows had a known code but were
 * already up to date, {@code rejected} rows had an unknown code or were invalid.
 */
@Service
public class AreaImportService {

    /** What the report shows of a rejected row after its number: the code as written. */
    public static final List<String> REPORT_COLUMNS = List.of("kode");

    private static final Logger log = LoggerFactory.getLogger(AreaImportService.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BoundaryStore boundaries;
    private final AreaRepository areas;
    private final MapCaches mapCaches;
    private final CurrentUser currentUser;
    private final Counter rows;

    AreaImportService(JdbcTemplate jdbc, TransactionTemplate tx, BoundaryStore boundaries, AreaRepository areas,
                      MapCaches mapCaches, CurrentUser currentUser, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.boundaries = boundaries;
        this.areas = areas;
        this.mapCaches = mapCaches;
        this.currentUser = currentUser;
        this.rows = ImportRun.rowCounter(meters, "areas");
    }

    /** An administrator's upload. {@code length} may be -1 when unknown (no progress then). */
    public ImportResult importFile(String fileName, InputStream in, long length, Progress progress) {
        return importFile(fileName, in, length, progress, () -> false);
    }

    /**
     * As above, stopped (and rolled back) when {@code cancelled} answers true between rows.
     *
     * @throws RuleViolation the file could not be read to its end ({@code area.import.file.*}); nothing changed
     */
    public ImportResult importFile(String fileName, InputStream in, long length, Progress progress, BooleanSupplier cancelled) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator imports coordinates and boundaries");
        }
        return importTrusted(fileName, in, length, progress, cancelled);
    }

    /** Imports on behalf of the system (start-up folder, upstream download): no caller to check. */
    ImportResult importTrusted(String fileName, InputStream in, long length, Progress progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        Set<String> knownCodes = Set.copyOf(areas.findAllCodes());
        ImportResult result;
        try {
            result = tx.execute(status -> {
                ImportResult run = ImportRun.run(source(fileName, in, length), REPORT_COLUMNS, ImportMode.ACCEPT_VALID, progress,
                        cancelled, report -> new Writer(report, fileName, knownCodes), AreaImportService::take, rows);
                if (run.outcome() == ImportResult.Outcome.CANCELLED) {
                    status.setRollbackOnly();
                } else if (run.counts().inserted() > 0) {
                    mapCaches.changed();
                }
                return run;
            });
        } catch (RuleViolation refused) {
            log.info("Import of {} refused after {} ms: {}", fileName, (System.nanoTime() - start) / 1_000_000,
                    refused.args().length > 0 ? refused.args()[0] : refused.messageKey());
            throw refused;
        }
        ImportCounts c = result.counts();
        log.info("Imported {}: {} rows, {} changed, {} already up to date, {} rejected{} in {} ms", fileName, result.read(),
                c.inserted(), c.duplicates(), c.rejected(), result.outcome() == ImportResult.Outcome.CANCELLED ? ", cancelled" : "",
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** One row of a coordinate file as its reader handed it on: parsed, or refused with a reason. */
    private record AreaRecord(long row, String code, ParsedArea parsed, RuleViolation problem) {
    }

    private static void take(AreaRecord record, Writer writer) {
        List<String> original = java.util.Collections.singletonList(record.code());
        if (record.problem() != null) {
            writer.reject(record.row(), null, record.problem(), original);
        } else {
            writer.add(record.row(), record.parsed(), original);
        }
    }

    /**
     * The rows of the file, whatever its format (told by its name and first bytes); a problem with the file as a whole
     * is the reader's refusal ({@link CoordinateFileException}, {@code area.import.file.*}), told in the user's language.
     */
    private static RecordSource<AreaRecord> source(String fileName, InputStream in, long length) {
        return (progress, records) -> {
            long[] count = {0};
            try (InputStream buffered = new BufferedInputStream(new CountingInputStream(in, length, progress), 1 << 16)) {
                buffered.mark(4096);
                byte[] head = buffered.readNBytes(4096);
                buffered.reset();
                CoordinateFileReader.read(CoordinateFormat.detect(fileName, head), buffered, new Handing(records, count));
            } catch (IOException e) {
                throw new RuleViolation("area.import.file.unreadable", String.valueOf(e.getMessage()));
            }
            return count[0];
        };
    }

    /** Hands each row the reader found on to the import run. */
    private record Handing(Consumer<AreaRecord> records, long[] count) implements AreaRowSink {

        @Override
        public void accept(ParsedArea row) {
            count[0]++;
            records.accept(new AreaRecord(row.rowNumber(), row.code(), row, null));
        }

        @Override
        public void reject(long rowNumber, String code, RuleViolation reason) {
            count[0]++;
            records.accept(new AreaRecord(rowNumber, code, null, reason));
        }
    }

    /** Applies each row with a known code the first time it comes; the transaction is the service's, for the file. */
    private final class Writer extends SmallImportWriter<ParsedArea> {
        private final String fileName;
        private final Set<String> knownCodes;
        private final Set<String> seen = new HashSet<>();

        Writer(RejectionReport report, String fileName, Set<String> knownCodes) {
            super(report);
            this.fileName = fileName;
            this.knownCodes = knownCodes;
        }

        @Override
        public void add(long line, ParsedArea row, List<String> original) {
            if (!knownCodes.contains(row.code())) {
                reject(line, "kode", new RuleViolation("area.error.unknown-code", row.code()), original);
            } else if (!seen.add(row.code())) {
                reject(line, "kode", new RuleViolation("area.import.repeated-code", row.code(), fileName), original);
            } else if (apply(row)) {
                inserted++;
            } else {
                duplicates++;
            }
        }

        /** A cancelled area import is rolled back whole: nothing stays changed. */
        @Override
        public ImportCounts cancel() {
            return new ImportCounts(0, 0, rejected);
        }
    }

    private boolean apply(ParsedArea row) {
        boolean changed = false;
        if (row.lat() != null && row.lng() != null) {
            changed = jdbc.update("""
                    UPDATE area SET lat = ?, lng = ? WHERE code = ?
                    AND (lat IS NULL OR lng IS NULL OR lat <> ? OR lng <> ?)""",
                    row.lat(), row.lng(), row.code(), row.lat(), row.lng()) > 0;
        }
        if (row.boundary() != null) {
            changed |= boundaries.save(row.code(), row.boundary());
        }
        return changed;
    }
}
