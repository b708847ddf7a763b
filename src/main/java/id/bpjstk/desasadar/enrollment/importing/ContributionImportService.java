package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.ImportRun;
import id.bpjstk.desasadar.base.importing.RecordSource;
import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.enrollment.TariffService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV file of paid months ({@link #COLUMNS}; see {@link ContributionCsvFormat}): streamed through
 * {@link CsvIntake} like the worker import, with the same report, modes and cancellation, each row checked by the
 * same rules as the payment form. Re-importing a file adds nothing (idempotent by worker and month), and the
 * active status of every worker paid for is kept current batch by batch.
 */
@Service
public class ContributionImportService {

    /** The largest upload accepted: several million rows. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    public static final List<String> COLUMNS = ContributionCsvFormat.COLUMNS;
    private static final CsvIntake.Spec SPEC = new CsvIntake.Spec(COLUMNS, MAX_BYTES);

    private final DataSource dataSource;
    private final CurrentUser currentUser;
    private final TariffService tariffs;
    private final AgentService agents;
    private final Clock clock;
    private final AuditService audit;
    private final Counter rows;

    ContributionImportService(DataSource dataSource, CurrentUser currentUser, TariffService tariffs, AgentService agents,
                              Clock clock, AuditService audit, MeterRegistry meters) {
        this.audit = audit;
        this.rows = ImportRun.rowCounter(meters, "contributions");
        this.dataSource = dataSource;
        this.currentUser = currentUser;
        this.tariffs = tariffs;
        this.agents = agents;
        this.clock = clock;
    }

    /**
     * @param progress   fraction of the file read
     * @param cancelled  checked between rows
     * @throws RuleViolation the file as a whole is refused ({@code csv.error.*}); nothing was stored
     */
    public ImportResult importFile(Path file, ImportMode mode, Progress progress, BooleanSupplier cancelled) {
        return importFile(file, file.getFileName().toString(), mode, progress, cancelled);
    }

    /** As above; {@code fileName} is the name the user uploaded, for the audit trail. */
    public ImportResult importFile(Path file, String fileName, ImportMode mode, Progress progress, BooleanSupplier cancelled) {
        UserPrincipal user = currentUser.requireFieldEditor("Only coordinators and administrators import");
        // what the rules need, read once for the whole file in the caller's thread (scope comes from the caller)
        Set<Long> agentsInScope = agents.list().stream().map(AgentView::id).collect(Collectors.toSet());
        var schedule = tariffs.schedule();
        ImportResult result = ImportRun.run(RecordSource.csv(file, SPEC), COLUMNS, mode, progress, cancelled,
                report -> new ContributionBulkWriter(dataSource, mode, user.username(), LocalDateTime.now(clock), report, schedule,
                        user.scope(), agentsInScope),
                ContributionImportService::take, rows);
        ImportAudit.record(audit, "contribution-import", fileName, result);
        return result;
    }

    private static void take(IntakeRow row, ContributionBulkWriter writer) {
        try {
            writer.add(row.line(), ContributionCsvFormat.parse(row), row.values());
        } catch (RowRejected r) {
            writer.reject(row.line(), r.column(), r.reason(), row.values());
        }
    }
}
