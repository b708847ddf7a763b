package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.CurrentUser;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of BPU workers, cut to the caller's scope by {@link WorkerScope} (a partner sees only the workers of its
 * own MoUs, masked, and each of its reads is audited): one worker, the grid's pages, a village's figures and officials,
 * and the bulk reads of the planner and the Desa Sadar criteria. The writes and the NIK look-up before an enrolment are
 * {@link WorkerService}'s, the download {@link WorkerExport}'s (decision 034).
 */
@Service
public class WorkerQueries {

    private final WorkerRepository workers;
    private final CurrentUser currentUser;
    private final WorkerScope scope;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    WorkerQueries(WorkerRepository workers, CurrentUser currentUser, WorkerScope scope, JdbcTemplate jdbc, Clock clock) {
        this.workers = workers;
        this.currentUser = currentUser;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
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
        String prefix = SqlLike.commonPrefix(villageCodes);
        jdbc.query("SELECT DISTINCT village_code FROM worker WHERE village_role = ? AND village_code LIKE ?", rs -> {
            if (wanted.contains(rs.getString(1))) {
                found.add(rs.getString(1));
            }
        }, role.name(), SqlLike.startingWith(prefix));
        return found;
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

    private WorkerView view(Worker w, WorkerScope.Reader reader) {
        return jdbc.query(WorkerScope.SELECT_VIEW + " WHERE w.id = ?", (rs, i) -> scope.view(rs, reader), w.getId()).getFirst();
    }
}
