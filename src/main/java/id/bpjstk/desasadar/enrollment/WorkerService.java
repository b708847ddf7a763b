package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of BPU workers: enrol and edit, always within the caller's scope, by coordinators and administrators; and
 * the NIK look-up an enrolment starts with (one NIK, one worker). A partner sees only the APBD/CSR workers of their own
 * MoUs, with the NIK masked; regional heads read. The reads are in {@link WorkerQueries}, the download in
 * {@link WorkerExport} (decision 034).
 */
@Service
public class WorkerService {

    /** The longest full name, for the form's field (the column's and the rules' length). */
    public static final int NAME_MAX = Worker.NAME_MAX;
    /**
     * A partner's NIK look-ups a day: plenty for checking its own lists by hand (a list goes through the upload), far
     * too few to try the thousands of NIKs a masked row leaves open ({@link PartnerMask}).
     */
    public static final int PARTNER_LOOKUPS_PER_DAY = 100;

    private final WorkerRepository workers;
    private final TariffService tariffs;
    private final AreaService areas;
    private final AreaDirectory directory;
    private final PartnerService partners;
    private final EventQueries events;
    private final AgentService agents;
    private final SiteQueries sites;
    private final CurrentUser currentUser;
    private final WorkerScope scope;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkerService(WorkerRepository workers, TariffService tariffs, AreaService areas, AreaDirectory directory, PartnerService partners,
                  EventQueries events, AgentService agents, SiteQueries sites, CurrentUser currentUser, WorkerScope scope, JdbcTemplate jdbc,
                  Clock clock) {
        this.workers = workers;
        this.tariffs = tariffs;
        this.areas = areas;
        this.directory = directory;
        this.partners = partners;
        this.events = events;
        this.agents = agents;
        this.sites = sites;
        this.currentUser = currentUser;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a NIK lookup may tell the caller: the record when it is theirs to see, only "registered" when not. */
    public sealed interface NikLookup {
        record NotRegistered() implements NikLookup { }
        record InScope(WorkerView worker) implements NikLookup { }
        record RegisteredElsewhere() implements NikLookup { }
    }

    @Transactional
    public WorkerView enroll(WorkerDraft draft) {
        UserPrincipal user = scope.requireEditor();
        ValidWorker valid = WorkerRules.validate(draft, today(), formContext(null));
        refuseDuplicates(valid, null);
        // the agent's months of activity may grow with this acquisition
        CoverageUpkeep.Change coverage = CoverageUpkeep.begin(jdbc, List.of(), agentIds(valid.agentId()), List.of());
        Worker saved = workers.saveAndFlush(new Worker(valid, LocalDateTime.now(clock), user.username()));
        coverage.created(List.of(saved.getId()), List.of(), List.of()).apply(jdbc);
        return view(saved);
    }

    /** Edits everything but the NIK (a different NIK is a different person: enrol them). */
    @Transactional
    public WorkerView update(long id, WorkerDraft draft, long expectedVersion) {
        scope.requireEditor();
        Worker worker = VersionedEdit.current(workers.findById(id).filter(w -> currentUser.scope().includes(w.getVillageCode())),
                "worker.error.not-found", Worker::getVersion, expectedVersion, "worker.error.conflict");
        ValidWorker valid = WorkerRules.validate(draft, today(), formContext(worker.getMouId()));
        if (!valid.nik().value().equals(worker.getNik())) {
            throw new FieldViolation(WorkerField.NIK, "worker.error.nik-fixed");
        }
        refuseDuplicates(valid, id);
        // a new village, MoU or enrolment date moves the worker's figures (and payments) between cells; a new agent or
        // enrolment date changes the old and the new agent's months of activity
        CoverageUpkeep.Change coverage = CoverageUpkeep.begin(jdbc, List.of(id), agentIds(worker.getAgentId(), valid.agentId()), List.of());
        worker.apply(valid);
        return VersionedEdit.saving("worker.error.conflict", () -> {
            Worker saved = workers.saveAndFlush(worker);
            coverage.apply(jdbc);
            return view(saved);
        });
    }

    /**
     * One NIK, one worker: the record when the caller may see it. A partner gets {@link NikLookup.NotRegistered} alike
     * for an unknown NIK and for one of a worker it does not fund, and every partner look-up is on the audit trail
     * (found or not), up to {@value #PARTNER_LOOKUPS_PER_DAY} a day; staff learn that a NIK is registered outside their
     * scope (enrolment needs it: one NIK, one worker), and such a look-up is audited. Decision 014.
     *
     * @throws RuleViolation the input is not a NIK of 16 digits ({@code nik.error.*}; not audited: nothing was read),
     *                       or a partner's daily look-ups are used up
     */
    // read-write: a partner's read writes its audit record in this transaction (AuditService.record)
    @Transactional
    public NikLookup lookup(String rawNik) {
        String nik = Nik.parse(rawNik).value();
        WorkerScope.Reader reader = scope.reader();
        if (reader.masked() && scope.lookupsToday() >= PARTNER_LOOKUPS_PER_DAY) {
            throw new RuleViolation("worker.lookup.error.limit", PARTNER_LOOKUPS_PER_DAY);
        }
        Optional<Worker> worker = workers.findByNik(nik);
        if (worker.isPresent() && reader.sees(worker.get())) {
            if (reader.masked()) {
                scope.auditLookup("NIK " + nik + ": worker " + worker.get().getId());
            }
            return new NikLookup.InScope(view(worker.get(), reader));
        }
        if (worker.isPresent()) {
            scope.auditLookup("NIK " + nik + ": worker " + worker.get().getId() + " outside the caller's scope");
            return reader.masked() ? new NikLookup.NotRegistered() : new NikLookup.RegisteredElsewhere();
        }
        if (reader.masked()) {
            scope.auditLookup("NIK " + nik + ": not registered");
        }
        return new NikLookup.NotRegistered();
    }

    private void refuseDuplicates(ValidWorker valid, Long self) {
        workers.findByNik(valid.nik().value()).filter(w -> !w.getId().equals(self)).ifPresent(w -> {
            if (currentUser.scope().includes(w.getVillageCode())) {
                throw new FieldViolation(WorkerField.NIK, "worker.error.duplicate-in-scope", w.getId(), w.getFullName());
            }
            throw new FieldViolation(WorkerField.NIK, "worker.error.duplicate");
        });
        if (valid.kpj() != null && workers.findByKpj(valid.kpj()).filter(w -> !w.getId().equals(self)).isPresent()) {
            throw new FieldViolation(WorkerField.KPJ, "worker.error.kpj-duplicate");
        }
    }

    /**
     * The rules' database questions, answered by the other features' services (each cut to the caller's scope).
     *
     * @param countedUnder the MoU the worker being edited is already counted under (null for a new worker): keeping
     *                     it takes no further place of its quota, so a worker of a full MoU can still be edited
     */
    private WorkerRules.Context formContext(Long countedUnder) {
        return new WorkerRules.Context() {
            @Override
            public boolean villageInScope(String villageCode) {
                return areas.findVillage(villageCode).isPresent();
            }

            @Override
            public boolean areaExists(String code) {
                return directory.exists(code);
            }

            @Override
            public void checkFunding(Funding funding, long mouId, String villageCode, LocalDate enrolledOn) {
                // a MoU the caller may not read is unknown to them, whoever else it funds
                partners.findMou(mouId).orElseThrow(() -> new RuleViolation("mou.error.unknown"));
                partners.checkFunding(mouId, funding, villageCode, enrolledOn, Long.valueOf(mouId).equals(countedUnder) ? 0 : 1);
            }

            @Override
            public boolean eventInScope(long eventId) {
                return events.find(eventId).isPresent();
            }

            @Override
            public boolean agentInScope(long agentId) {
                return agents.find(agentId).isPresent();
            }

            @Override
            public boolean siteInScope(long siteId) {
                return sites.find(siteId).isPresent();
            }

            @Override
            public List<Long> incomeBands(YearMonth month) {
                return tariffs.bands(month);
            }
        };
    }

    private static List<Long> agentIds(Long... ids) {
        var list = new ArrayList<Long>();
        for (Long id : ids) {
            if (id != null) {
                list.add(id);
            }
        }
        return list;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private WorkerView view(Worker w) {
        return view(w, scope.reader());
    }

    private WorkerView view(Worker w, WorkerScope.Reader reader) {
        return jdbc.query(WorkerScope.SELECT_VIEW + " WHERE w.id = ?", (rs, i) -> scope.view(rs, reader), w.getId()).getFirst();
    }
}
