package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Socialization events: planned by coordinators in their areas, then held (with attendance) or
 * cancelled (with a reason). Regional heads read their region; a save on an outdated version is refused.
 */
@Service
public class EventService {

    public static final int TITLE_MAX = EventRules.TITLE_MAX;
    public static final int AUDIENCE_MAX = EventRules.AUDIENCE_MAX;
    public static final int NOTES_MAX = OutreachEvent.NOTES_MAX;
    public static final int OUTCOME_MAX = OutreachEvent.OUTCOME_MAX;
    public static final int REASON_MAX = OutreachEvent.REASON_MAX;
    public static final int ATTENDANCE_MAX = EventRules.ATTENDANCE_MAX;
    /** The map draws at most this many events at once. */
    static final int LAYER_MAX = 2000;

    private final OutreachEventRepository events;
    private final AreaService areas;
    private final SiteService sites;
    private final UserService users;
    private final AgentService agents;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    EventService(OutreachEventRepository events, AreaService areas, SiteService sites, UserService users, AgentService agents,
                 CurrentUser currentUser, TransactionTemplate tx, org.springframework.jdbc.core.JdbcTemplate jdbc,
                 Clock clock) {
        this.events = events;
        this.areas = areas;
        this.sites = sites;
        this.users = users;
        this.agents = agents;
        this.currentUser = currentUser;
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public EventView plan(EventDraft draft) {
        return create(draft, null);
    }

    /** A follow-up planned from a held event. */
    public EventView planFollowUp(long heldEventId, EventDraft draft) {
        EventView held = find(heldEventId).orElseThrow(() -> new RuleViolation("event.error.not-found"));
        if (held.status() != EventStatus.HELD) {
            throw new RuleViolation("event.error.follow-up-needs-held");
        }
        return create(draft, heldEventId);
    }

    public EventView update(long id, EventDraft draft, long expectedVersion) {
        requireEditor();
        validate(draft);
        return change(id, expectedVersion, e -> {
            requirePlanned(e);
            e.plan(draft);
        });
    }

    public EventView markHeld(long id, Integer actualAttendance, String notes, String outcome, long expectedVersion) {
        requireEditor();
        if (actualAttendance == null || actualAttendance < 0 || actualAttendance > ATTENDANCE_MAX) {
            throw new RuleViolation("event.error.attendance", ATTENDANCE_MAX);
        }
        String cleanNotes = clean(notes, NOTES_MAX, "event.error.notes-length");
        String cleanOutcome = clean(outcome, OUTCOME_MAX, "event.error.outcome-length");
        return change(id, expectedVersion, e -> {
            requirePlanned(e);
            if (e.getStart().isAfter(LocalDateTime.now(clock))) {
                throw new RuleViolation("event.error.held-in-future");
            }
            e.held(actualAttendance, cleanNotes, cleanOutcome);
        });
    }

    public EventView cancel(long id, String reason, long expectedVersion) {
        requireEditor();
        String why = clean(reason, REASON_MAX, "event.error.reason-length");
        if (why == null) {
            throw new RuleViolation("event.error.reason-required");
        }
        return change(id, expectedVersion, e -> {
            requirePlanned(e);
            e.cancel(why);
        });
    }

    @Transactional(readOnly = true)
    public Optional<EventView> find(long id) {
        AreaScope scope = currentUser.scope();
        return events.findById(id).filter(e -> scope.includes(e.getVillageCode())).map(this::view);
    }

    /** The events of a village in scope, newest first. */
    @Transactional(readOnly = true)
    public List<EventView> ofVillage(String villageCode) {
        if (!currentUser.scope().includes(villageCode)) {
            return List.of();
        }
        return events.findByVillageCodeOrderByStartDesc(villageCode).stream().map(this::view).toList();
    }

    /** One page of the events in scope that match the filter, soonest first. */
    @Transactional(readOnly = true)
    public List<EventView> list(EventFilter filter, int offset, int limit) {
        var where = scopedWhere(filter);
        if (where == null) {
            return List.of();
        }
        var args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        List<Long> ids = jdbc.queryForList("SELECT e.id FROM outreach_event e WHERE " + where.sql()
                + " ORDER BY e.planned_start, e.id LIMIT ? OFFSET ?", Long.class, args.toArray());
        var byId = new java.util.HashMap<Long, OutreachEvent>();
        events.findAllById(ids).forEach(e -> byId.put(e.getId(), e));
        return ids.stream().map(byId::get).map(this::view).toList();
    }

    /**
     * The officer's planned events that overlap {@code [from, to)}, whatever the caller's scope: a planner must see
     * every booking of the officer it is about to book again (a clash is named, not saved).
     */
    @Transactional(readOnly = true)
    public List<EventView> plannedFor(String officer, LocalDateTime from, LocalDateTime to) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM outreach_event WHERE officer = ? AND status = 'PLANNED'"
                + " AND planned_start < ? AND planned_end > ? ORDER BY planned_start, id", Long.class, officer, to, from);
        return events.findAllById(ids).stream().map(this::view)
                .sorted(java.util.Comparator.comparing(EventView::start).thenComparing(EventView::id)).toList();
    }

    /** The usernames of the officers responsible for events in scope, for the list's officer filter. */
    @Transactional(readOnly = true)
    public List<String> officers() {
        var where = scopedWhere(EventFilter.period(LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(9999, 1, 1, 0, 0)));
        if (where == null) {
            return List.of();
        }
        return jdbc.queryForList("SELECT DISTINCT e.officer FROM outreach_event e WHERE " + where.sql() + " ORDER BY 1",
                String.class, where.args().toArray());
    }

    private record Where(String sql, List<Object> args) {
    }

    /** The filter as SQL, always narrowed to the caller's scope; null when the caller's scope is empty. */
    private Where scopedWhere(EventFilter f) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return null;
        }
        var args = new ArrayList<Object>();
        var sql = new StringBuilder("e.planned_start >= ? AND e.planned_start < ?");
        args.add(f.from());
        args.add(f.to());
        if (f.status() != null) {
            sql.append(" AND e.status = ?");
            args.add(f.status().name());
        }
        if (f.areaCode() != null && !f.areaCode().isBlank()) {
            sql.append(" AND e.village_code LIKE ?");
            args.add(SqlLike.startingWith(f.areaCode().strip()));
        }
        if (f.officer() != null) {
            sql.append(" AND e.officer = ?");
            args.add(f.officer());
        }
        if (f.agentId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM outreach_event_agent x WHERE x.event_id = e.id AND x.agent_id = ?)");
            args.add(f.agentId());
        }
        sql.append(scope.andSqlCondition("e.village_code", args));
        return new Where(sql.toString(), args);
    }

    /** Events of the period in view and in scope, drawn at their village, styled by status. */
    @Transactional(readOnly = true)
    public PointLayer layer(BoundingBox view, LocalDateTime from, LocalDateTime to) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return PointLayer.EMPTY;
        }
        List<MapPoint> points = jdbc.query("""
                SELECT e.id, e.title, e.status, a.lat, a.lng, e.village_code FROM outreach_event e
                JOIN area a ON a.code = e.village_code
                WHERE e.planned_start >= ? AND e.planned_start < ? AND a.lat BETWEEN ? AND ? AND a.lng BETWEEN ? AND ?
                ORDER BY e.planned_start LIMIT ?""",
                (rs, i) -> scope.includes(rs.getString(6))
                        ? new MapPoint(Long.toString(rs.getLong(1)), rs.getDouble(4), rs.getDouble(5), rs.getString(2),
                                styleClass(EventStatus.valueOf(rs.getString(3))))
                        : null,
                from, to, view.south(), view.north(), view.west(), view.east(), 4 * LAYER_MAX).stream()
                .filter(java.util.Objects::nonNull).limit(LAYER_MAX).toList();
        return new PointLayer(List.of(), points, points.size());
    }

    /** The map's style class for an event status (its legend uses the same). */
    public static String styleClass(EventStatus status) {
        return "event-point event-" + status.name().toLowerCase();
    }

    /**
     * The day of the last held event of each village under {@code areaCode} ({@code ""}: all) in the caller's scope,
     * by one grouped range of {@code ix_event_village}; villages without a held event are absent. The planner ranks
     * villages by the time since.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.time.LocalDate> lastHeldIn(String areaCode) {
        AreaScope scope = currentUser.scope();
        var result = new java.util.HashMap<String, java.time.LocalDate>();
        if (scope.codes().isEmpty()) {
            return result;
        }
        var args = new ArrayList<Object>(List.of(SqlLike.startingWith(areaCode == null ? "" : areaCode.strip())));
        String inScope = scope.andSqlCondition("village_code", args);
        jdbc.query("SELECT village_code, MAX(planned_start) FROM outreach_event WHERE village_code LIKE ? AND status = 'HELD'"
                + inScope + " GROUP BY village_code", rs -> {
            result.put(rs.getString(1), rs.getObject(2, LocalDateTime.class).toLocalDate());
        }, args.toArray());
        return result;
    }

    /** Whether a socialization has been held in the village (a designation criterion). */
    @Transactional(readOnly = true)
    public boolean heldIn(String villageCode) {
        return events.existsByVillageCodeAndStatus(villageCode, EventStatus.HELD);
    }

    private EventView create(EventDraft draft, Long followUpOf) {
        requireEditor();
        validate(draft);
        long id = tx.execute(status -> {
            long created = events.saveAndFlush(new OutreachEvent(draft, followUpOf)).getId();
            CoverageUpkeep.begin(jdbc, List.of(), List.of(), List.of()).created(List.of(), List.of(), List.of(created)).apply(jdbc);
            return created;
        });
        return find(id).orElseThrow();
    }

    private void validate(EventDraft d) {
        EventRules.title(d.title());
        EventRules.type(d.type());
        EventRules.when(d.start(), d.end());
        EventRules.expectedAttendance(d.expectedAttendance());
        EventRules.audience(d.audience());
        if (d.villageCode() == null || areas.findVillage(d.villageCode()).isEmpty()) {
            throw new RuleViolation("event.error.village-out-of-scope");
        }
        if (d.siteId() != null && sites.find(d.siteId()).filter(s -> s.villageCode().equals(d.villageCode())).isEmpty()) {
            throw new RuleViolation("event.error.site");
        }
        UserPrincipal officer;
        try {
            officer = users.loadUserByUsername(d.officer() == null ? "" : d.officer());
        } catch (UsernameNotFoundException e) {
            throw new RuleViolation("event.error.officer-unknown");
        }
        if (!officer.scope().includes(d.villageCode())) {
            throw new RuleViolation("event.error.officer-out-of-scope", officer.fullName());
        }
        for (Long agentId : d.agentIds()) {
            AgentView agent = agents.find(agentId).orElseThrow(() -> new RuleViolation("agent.error.not-found"));
            if (!villageIsNearAgent(agent.homeArea(), d.villageCode())) {
                throw new RuleViolation("event.error.agent-out-of-scope", agent.name());
            }
        }
    }

    /** An agent works where they live: their home area and what lies under it, or the regency around it. */
    private static boolean villageIsNearAgent(String agentArea, String villageCode) {
        String regency = agentArea.length() >= 5 ? agentArea.substring(0, 5) : agentArea;
        return villageCode.equals(agentArea) || villageCode.startsWith(agentArea + ".") || villageCode.startsWith(regency + ".");
    }

    private interface Change {
        void apply(OutreachEvent event);
    }

    private EventView change(long id, long expectedVersion, Change change) {
        VersionedEdit.savingVoid("event.error.conflict", () -> tx.executeWithoutResult(status -> {
            OutreachEvent e = VersionedEdit.current(events.findById(id).filter(x -> currentUser.scope().includes(x.getVillageCode())),
                    "event.error.not-found", OutreachEvent::getVersion, expectedVersion, "event.error.conflict");
            // held (or no longer held) and attendance move the village's reach and events of the event's month
            CoverageUpkeep.Change coverage = CoverageUpkeep.begin(jdbc, List.of(), List.of(), List.of(id));
            change.apply(e);
            events.saveAndFlush(e);
            coverage.apply(jdbc);
        }));
        return find(id).orElseThrow();
    }

    private static void requirePlanned(OutreachEvent e) {
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw new RuleViolation("event.error.cancelled");
        }
        if (e.getStatus() == EventStatus.HELD) {
            throw new RuleViolation("event.error.already-held");
        }
    }

    private void requireEditor() {
        currentUser.requireFieldEditor("Only coordinators and administrators plan and log events");
    }

    /** Notes and reasons keep their lines; control and invisible characters go (CleanText). */
    private static String clean(String text, int max, String tooLongKey) {
        String clean = CleanText.linesOrNull(text);
        if (clean != null && clean.length() > max) {
            throw new RuleViolation(tooLongKey, max);
        }
        return clean;
    }

    private EventView view(OutreachEvent e) {
        String villageName = areas.findVillage(e.getVillageCode()).map(VillageDetails::name).orElse(e.getVillageCode());
        boolean editable = currentUser.editsFieldWork() && e.getStatus() == EventStatus.PLANNED;
        return new EventView(e.getId(), e.getTitle(), e.getType(), e.getStart(), e.getEnd(), e.getVillageCode(), villageName,
                e.getSiteId(), e.getOfficer(), e.getAudience(), e.getExpectedAttendance(), e.getStatus(), e.getActualAttendance(),
                e.getNotes(), e.getOutcome(), e.getCancelReason(), e.getFollowUpOf(), java.util.Set.copyOf(e.getAgentIds()),
                e.getVersion(), editable);
    }
}
