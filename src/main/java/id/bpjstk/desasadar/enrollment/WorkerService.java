package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.site.SiteService;
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
 * The enrollment API: enrol, edit, find and list BPU workers, always within the caller's scope. A partner sees only
 * the APBD/CSR workers of their own MoUs, with the NIK masked; regional heads read; coordinators and administrators
 * enrol and edit.
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
    private final EventService events;
    private final AgentService agents;
    private final SiteService sites;
    private final CurrentUser currentUser;
    private final WorkerScope scope;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkerService(WorkerRepository workers, TariffService tariffs, AreaService areas, AreaDirectory directory, PartnerService partners,
                  EventService events, AgentService agents, SiteService sites, CurrentUser currentUser, WorkerScope scope, JdbcTemplate jdbc,
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

    // read-write: a partner's read writes its audit record in this transaction (AuditService.record)
    @Transactional
    public Optional<WorkerView> find(long id) {
        WorkerScope.Reader reader = scope.reader();
        Optional<WorkerView> found = workers.findById(id).filter(reader::sees).map(w -> view(w, reader));
        found.ifPresent(w -> scope.auditPartnerRead(reader, "worker.read", "worker " + w.id()));
        return found;
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

    /**
     * One page of the workers in scope that match the filter, in village order (the order of the index that scope
     * prefixes use, so that a page costs the same at 5 million rows as at 5 thousand). No total is counted.
     */
    // read-write: a partner's read writes its audit record in this transaction (AuditService.record)
    @Transactional
    public List<WorkerView> list(WorkerFilter filter, int offset, int limit) {
        WorkerScope.Reader reader = scope.reader();
        var where = scope.where(filter, reader);
        if (where == null) {
            return List.of();
        }
        scope.auditPartnerRead(reader, "worker.list", filter + " offset " + offset);
        var args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        // the page's ids from the worker index alone, then their details: joined first, the optimizer may start
        // from the area table and sort the whole country
        return jdbc.query(WorkerScope.viewOfPage("SELECT w.id FROM worker w FORCE INDEX (%s) WHERE %s ORDER BY w.village_code, w.id LIMIT ? OFFSET ?"
                        .formatted(orderedIndex(filter, reader), where.sql())) + " ORDER BY w.village_code, w.id",
                (rs, i) -> scope.view(rs, reader), args.toArray());
    }

    /**
     * The index that yields this filter's workers already in village order (decision 007). Left to itself the
     * optimizer sometimes prefers a range on a less selective index and then sorts a province.
     */
    private static String orderedIndex(WorkerFilter f, WorkerScope.Reader reader) {
        if (f.eventId() != null) {
            return "ix_worker_event_village";
        }
        if (f.agentId() != null) {
            return "ix_worker_agent_village";
        }
        if (reader.partnerMous() != null && reader.partnerMous().size() == 1) {
            return "ix_worker_mou_village";
        }
        return f.occupation() != null ? "ix_worker_occupation" : "ix_worker_village_paid";
    }

    /** Enrolled and active-this-month workers of a village in scope (the village panel's figures). */
    @Transactional(readOnly = true)
    public VillageEnrollment villageFigures(String villageCode) {
        // the reader's own workers: a partner counts only those of its MoUs, as in its grid (issue 13, item 16)
        WorkerScope.Reader reader = scope.reader();
        var where = scope.where(new WorkerFilter(null, null, null, null, null, null), reader);
        if (where == null || !reader.scope().includes(villageCode)) {
            return new VillageEnrollment(0, 0);
        }
        var args = new ArrayList<Object>();
        args.add(ActivityState.minimumPaidThrough(YearMonth.now(clock)).atDay(1));
        args.addAll(where.args());
        args.add(villageCode);
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(w.paid_through >= ?), 0) FROM worker w WHERE " + where.sql()
                        + " AND w.village_code = ?",
                (rs, i) -> new VillageEnrollment(rs.getLong(1), rs.getLong(2)), args.toArray());
    }

    /**
     * The enrolled workers of a village in scope who hold a village office (head first), for the contact of the
     * village head on a visit's day sheet. Same masking and audit as {@link #list}.
     */
    // read-write: a partner's read writes its audit record in this transaction (AuditService.record)
    @Transactional
    public List<WorkerView> villageOfficials(String villageCode) {
        WorkerScope.Reader reader = scope.reader();
        var where = scope.where(new WorkerFilter(villageCode, null, null, null, null, null), reader);
        if (where == null || !reader.scope().includes(villageCode)) {
            return List.of();
        }
        scope.auditPartnerRead(reader, "worker.officials", villageCode);
        var args = new ArrayList<>(where.args());
        args.add(villageCode);
        return jdbc.query(WorkerScope.SELECT_VIEW + " WHERE " + where.sql() + """
                 AND w.village_code = ? AND w.village_role IS NOT NULL
                ORDER BY w.village_role = 'KEPALA_DESA' DESC, w.full_name, w.id LIMIT 20""",
                (rs, i) -> scope.view(rs, reader), args.toArray());
    }

    /** Whether a worker with this village office is enrolled in the village (two Desa Sadar criteria). */
    boolean enrolledWithRole(String villageCode, VillageRole role) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM worker WHERE village_code = ? AND village_role = ?)", Boolean.class,
                villageCode, role.name()));
    }

    /** Which of these villages have an enrolled worker with the role: one range of {@code ix_worker_village_role}. */
    java.util.Set<String> villagesWithRole(java.util.Collection<String> villageCodes, VillageRole role) {
        var found = new java.util.HashSet<String>();
        if (villageCodes.isEmpty()) {
            return found;
        }
        var wanted = new java.util.HashSet<>(villageCodes);
        // the role is rare (a head and a few staff per village): read the role's rows under the villages' common prefix
        String prefix = commonPrefix(villageCodes);
        jdbc.query("SELECT DISTINCT village_code FROM worker WHERE village_role = ? AND village_code LIKE ?", rs -> {
            if (wanted.contains(rs.getString(1))) {
                found.add(rs.getString(1));
            }
        }, role.name(), SqlLike.startingWith(prefix));
        return found;
    }

    private static String commonPrefix(java.util.Collection<String> codes) {
        String prefix = codes.iterator().next();
        for (String c : codes) {
            int n = 0;
            while (n < prefix.length() && n < c.length() && prefix.charAt(n) == c.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix;
    }

    /**
     * The villages under {@code areaCode} in the caller's scope where at least one enrolled worker has this occupation
     * (the planner's occupation filter): one range of {@code ix_worker_occupation}, no worker row read.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> villagesWithOccupation(String areaCode, Occupation occupation) {
        var args = new java.util.ArrayList<Object>(List.of(occupation.name(), SqlLike.startingWith(areaCode == null ? "" : areaCode.strip())));
        String scope = currentUser.scope().andSqlCondition("village_code", args);
        if (currentUser.scope().codes().isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT village_code FROM worker WHERE occupation = ? AND village_code LIKE ?"
                + scope, String.class, args.toArray()));
    }

    long enrolledIn(String villageCode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE village_code = ?", Long.class, villageCode);
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
