package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV file of workers (format: {@link #COLUMNS}, see the README): streamed through
 * {@link CsvIntake}, each record converted, validated and handed to a {@link WorkerBulkWriter}.
 * Re-importing a file adds nothing: NIKs already registered are skipped and reported.
 *
 * <p>Transactions are the writer's (per batch or one for the file), not Spring's: a million-row file
 * must not sit in one JPA persistence context.
 */
@Service
public class WorkerImportService {

    /** The largest upload accepted: about two million rows. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    public static final List<String> COLUMNS = WorkerCsvFormat.COLUMNS;
    private static final CsvIntake.Spec SPEC = new CsvIntake.Spec(COLUMNS, MAX_BYTES);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkerImportService(DataSource dataSource, JdbcTemplate jdbc, CurrentUser currentUser, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    /**
     * @param progress   fraction of the file read
     * @param cancelled  checked between rows
     * @param reasonText renders a rejection reason in the user's language, for the report
     * @throws RuleViolation the file as a whole is refused ({@code csv.error.*}); nothing was stored
     */
    public ImportResult importFile(Path file, ImportMode mode, Progress progress, BooleanSupplier cancelled,
                                   Function<RuleViolation, String> reasonText) {
        UserPrincipal user = ImportRun.importer(currentUser);
        Set<String> villages = villagesIn(user.scope());
        return ImportRun.run(file, SPEC, mode, progress, cancelled, reasonText,
                report -> new WorkerBulkWriter(dataSource, mode, user.username(), LocalDateTime.now(clock), report),
                (row, writer) -> take(row, villages, writer));
    }

    private static void take(IntakeRow row, Set<String> villages, WorkerBulkWriter writer) {
        try {
            WorkerRow worker = WorkerCsvFormat.parse(row);
            validate(worker, villages);
            writer.add(row.line(), worker, row.values());
        } catch (RowRejected r) {
            writer.reject(row.line(), r.column(), r.reason(), row.values());
        }
    }

    /**
     * The per-row validation seam: every parsed row passes here before it is stored. Today it checks
     * that the village exists and is in the caller's scope; the enrollment rules (NIK against sex and
     * birth date, income bands, event and agent references) are to be called from here, throwing
     * {@link RowRejected} with the column at fault.
     */
    private static void validate(WorkerRow worker, Set<String> villagesInScope) {
        if (!villagesInScope.contains(worker.villageCode())) {
            throw new RowRejected("kode_desa", "worker.import.error.village-unknown");
        }
    }

    /** Loaded once per import (at most 83,762 codes) instead of a look-up per row. */
    private Set<String> villagesIn(AreaScope scope) {
        Set<String> codes = new HashSet<>();
        jdbc.query("SELECT code FROM area WHERE level = 'VILLAGE'", rs -> {
            String code = rs.getString(1);
            if (scope.includes(code)) {
                codes.add(code);
            }
        });
        return codes;
    }
}
