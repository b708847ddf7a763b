package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.io.CountingInputStream;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.territory.importing.AreaRowSink;
import id.bpjstk.desasadar.territory.importing.CoordinateFileException;
import id.bpjstk.desasadar.territory.importing.CoordinateFileReader;
import id.bpjstk.desasadar.territory.importing.CoordinateFormat;
import id.bpjstk.desasadar.territory.importing.ParsedArea;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports village centroids and area boundaries (centroid CSV, GeoJSON, wilayah_boundaries SQL).
 * Each row is applied whole or not at all. A file that cannot be read to its end (cut off, not
 * UTF-8, not a FeatureCollection) changes nothing: the whole file is one transaction, rolled back
 * then. Re-importing a file changes nothing either.
 */
@Service
public class AreaImportService {

    private static final Logger log = LoggerFactory.getLogger(AreaImportService.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BoundaryStore boundaries;
    private final AreaRepository areas;
    private final MapCaches mapCaches;
    private final CurrentUser currentUser;

    AreaImportService(JdbcTemplate jdbc, TransactionTemplate tx, BoundaryStore boundaries, AreaRepository areas,
                      MapCaches mapCaches, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.boundaries = boundaries;
        this.areas = areas;
        this.mapCaches = mapCaches;
        this.currentUser = currentUser;
    }

    /** An administrator's upload. {@code length} may be -1 when unknown (no progress then). */
    public ImportReport importFile(String fileName, InputStream in, long length, Progress progress) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator imports coordinates and boundaries");
        }
        return importTrusted(fileName, in, length, progress);
    }

    /** Imports on behalf of the system (start-up folder, upstream download): no caller to check. */
    ImportReport importTrusted(String fileName, InputStream in, long length, Progress progress) {
        long start = System.nanoTime();
        var run = new Run(fileName, Set.copyOf(areas.findAllCodes()));
        tx.executeWithoutResult(status -> {
            try (InputStream buffered = new BufferedInputStream(new CountingInputStream(in, length, progress), 1 << 16)) {
                buffered.mark(4096);
                byte[] head = buffered.readNBytes(4096);
                buffered.reset();
                CoordinateFileReader.read(CoordinateFormat.detect(fileName, head), buffered, run);
            } catch (CoordinateFileException e) {
                run.fileError = e.getMessage();
            } catch (IOException e) {
                run.fileError = "the file could not be read: " + e.getMessage();
            }
            if (run.fileError != null) {
                status.setRollbackOnly();
                run.changed = 0;
            } else if (run.changed > 0) {
                mapCaches.changed();
            }
        });
        var report = new ImportReport(fileName, run.rowsRead, run.matched, run.changed, List.copyOf(run.problems), run.fileError);
        log.info("Imported {}: {} rows, {} matched, {} changed, {} unknown, {} invalid{} in {} ms", fileName,
                report.rowsRead(), report.matched(), report.changed(), report.unknownCodes(), report.invalidRows(),
                run.fileError == null ? "" : ", stopped: " + run.fileError, (System.nanoTime() - start) / 1_000_000);
        return report;
    }

    private final class Run implements AreaRowSink {
        private final String fileName;
        private final Set<String> knownCodes;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        long rowsRead;
        long matched;
        long changed;
        String fileError;

        Run(String fileName, Set<String> knownCodes) {
            this.fileName = fileName;
            this.knownCodes = knownCodes;
        }

        @Override
        public void accept(ParsedArea row) {
            rowsRead++;
            if (!knownCodes.contains(row.code())) {
                problems.add(new ImportProblem(row.rowNumber(), row.code(), ImportProblem.Kind.UNKNOWN_CODE,
                        "code " + row.code() + " is not in the official area list"));
                return;
            }
            if (!seen.add(row.code())) {
                problems.add(new ImportProblem(row.rowNumber(), row.code(), ImportProblem.Kind.INVALID_ROW,
                        "code " + row.code() + " appears more than once in " + fileName + "; the first row was kept"));
                return;
            }
            matched++;
            changed += apply(row) ? 1 : 0;
        }

        @Override
        public void reject(long rowNumber, String code, String reason) {
            rowsRead++;
            problems.add(new ImportProblem(rowNumber, code, ImportProblem.Kind.INVALID_ROW, reason));
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
