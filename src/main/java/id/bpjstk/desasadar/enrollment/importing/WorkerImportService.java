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
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.enrollment.FieldViolation;
import id.bpjstk.desasadar.enrollment.Sex;
import id.bpjstk.desasadar.enrollment.TariffService;
import id.bpjstk.desasadar.enrollment.ValidWorker;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerRules;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaLevel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
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
    public static final List<String> OPTIONAL_COLUMNS = WorkerCsvFormat.OPTIONAL;
    private static final CsvIntake.Spec SPEC = new CsvIntake.Spec(COLUMNS, OPTIONAL_COLUMNS, MAX_BYTES);

    private final DataSource dataSource;
    private final AreaDirectory areas;
    private final CurrentUser currentUser;
    private final TariffService tariffs;
    private final PartnerService partners;
    private final AgentService agents;
    private final EventQueries events;
    private final SiteService sites;
    private final Clock clock;
    private final AuditService audit;
    private final Counter rows;

    WorkerImportService(DataSource dataSource, AreaDirectory areas, CurrentUser currentUser, TariffService tariffs,
                        PartnerService partners, AgentService agents, EventQueries events, SiteService sites,
                        Clock clock, AuditService audit, MeterRegistry meters) {
        this.audit = audit;
        this.rows = ImportRun.rowCounter(meters, "workers");
        this.dataSource = dataSource;
        this.areas = areas;
        this.currentUser = currentUser;
        this.tariffs = tariffs;
        this.partners = partners;
        this.agents = agents;
        this.events = events;
        this.sites = sites;
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
        List<MouView> mous = partners.mous();
        List<AgentView> agentsInScope = agents.list();
        ImportContext context = new ImportContext(villagesIn(user.scope()), officialAreaCodes(),
                mous.stream().collect(Collectors.toMap(MouView::id, m -> m)),
                agentsInScope.stream().map(AgentView::id).collect(Collectors.toSet()), id -> events.find(id).isPresent(),
                sites::existsInScope, tariffs.schedule());
        Map<String, Long> mouIds = mous.stream().collect(Collectors.toMap(MouView::number, MouView::id, (a, b) -> a));
        Map<String, Long> agentIds = agentsInScope.stream().collect(Collectors.toMap(AgentView::registrationNumber, AgentView::id));
        LocalDate today = LocalDate.now(clock);
        ImportResult result = ImportRun.run(RecordSource.csv(file, SPEC), COLUMNS, mode, progress, cancelled,
                report -> new WorkerBulkWriter(dataSource, mode, user.username(), LocalDateTime.now(clock), report),
                (row, writer) -> take(row, writer, r -> toDraft(r, mouIds, agentIds), draft -> WorkerRules.validate(draft, today, context)), rows);
        ImportAudit.record(audit, "worker-import", fileName, result);
        return result;
    }

    private static void take(IntakeRow row, WorkerBulkWriter writer, Function<WorkerCsvFormat.Cells, WorkerDraft> drafts,
                             Function<WorkerDraft, ValidWorker> rules) {
        try {
            ValidWorker valid = rules.apply(drafts.apply(WorkerCsvFormat.parse(row)));
            writer.add(row.line(), toRow(valid), row.values());
        } catch (RowRejected r) {
            writer.reject(row.line(), r.column(), r.reason(), row.values());
        } catch (FieldViolation v) {
            writer.reject(row.line(), v.field().column(), v, row.values());
        }
    }

    /** The typed cells as the draft a form would send; MoU and agent given by their numbers, as partners know them. */
    private static WorkerDraft toDraft(WorkerCsvFormat.Cells c, Map<String, Long> mouIds, Map<String, Long> agentIds) {
        Long mouId = null;
        if (c.mouNumber() != null) {
            mouId = mouIds.get(c.mouNumber());
            if (mouId == null) {
                throw new RowRejected("no_mou", "mou.error.unknown");
            }
        }
        Long agentId = null;
        if (c.agentNumber() != null) {
            agentId = agentIds.get(c.agentNumber());
            if (agentId == null) {
                throw new RowRejected("no_agen", "worker.error.agent");
            }
        }
        return new WorkerDraft(c.nik(), c.name(), c.sex(), c.birthDate(), c.phone(), c.occupation(), c.village(), c.villageRole(),
                c.siteId(), c.jht(), c.incomeBand(), c.funding(), mouId, c.enrolledOn(), c.eventId(), agentId, c.kpj());
    }

    private static WorkerRow toRow(ValidWorker w) {
        return new WorkerRow(w.nik().value(), w.fullName(), w.sex() == Sex.FEMALE ? "P" : "L", w.birthDate(), w.phone(),
                w.occupation().name(), w.villageCode(), w.villageRole() == null ? null : w.villageRole().name(), w.siteId(), w.jht(),
                Math.toIntExact(w.incomeBand()), w.funding().name(), w.mouId(), w.enrolledOn(), w.eventId(), w.agentId(), w.kpj(),
                null, null);
    }

    /** Province, regency and district codes (about 7,800) for the NIK's area checks. */
    private Set<String> officialAreaCodes() {
        return areas.codes(EnumSet.of(AreaLevel.PROVINCE, AreaLevel.REGENCY, AreaLevel.DISTRICT), code -> true);
    }

    /** Loaded once per import (at most 83,762 codes) instead of a look-up per row. */
    private Set<String> villagesIn(AreaScope scope) {
        return areas.codes(EnumSet.of(AreaLevel.VILLAGE), scope::includes);
    }
}
