package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of socialization events, cut to the caller's scope: one event, the list's pages and its officer filter,
 * a village's events, and the bulk reads of the planner and the Desa Sadar criteria. The writes are
 * {@link EventService}'s, the map's rings {@link EventMapLayer}'s (decision 034).
 */
@Service
public class EventQueries {

    private final OutreachEventRepository events;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    EventQueries(OutreachEventRepository events, AreaService areas, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.events = events;
        this.areas = areas;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<EventView> find(long id) {
        AreaScope scope = currentUser.scope();
        return events.findById(id).filter(e -> scope.includes(e.getVillageCode())).map(this::view);
    }

    /** The latest {@code limit} events of a village in scope, newest first. */
    @Transactional(readOnly = true)
    public List<EventView> ofVillage(String villageCode, int limit) {
        if (!currentUser.scope().includes(villageCode)) {
            return List.of();
        }
        return events.findByVillageCodeOrderByStartDesc(villageCode, Limit.of(limit)).stream().map(this::view).toList();
    }

    /** What a village's page shows of its events: the last held, the earliest still planned, the latest few. */
    public record VillageEvents(Optional<EventView> lastHeld, Optional<EventView> nextPlanned, List<EventView> latest) {
    }

    @Transactional(readOnly = true)
    public VillageEvents ofVillagePage(String villageCode, int latest) {
        if (!currentUser.scope().includes(villageCode)) {
            return new VillageEvents(Optional.empty(), Optional.empty(), List.of());
        }
        return new VillageEvents(
                events.findFirstByVillageCodeAndStatusOrderByStartDesc(villageCode, EventStatus.HELD).map(this::view),
                events.findFirstByVillageCodeAndStatusOrderByStartAsc(villageCode, EventStatus.PLANNED).map(this::view),
                ofVillage(villageCode, latest));
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

    private EventView view(OutreachEvent e) {
        String villageName = areas.findVillage(e.getVillageCode()).map(VillageDetails::name).orElse(e.getVillageCode());
        boolean editable = currentUser.editsFieldWork() && e.getStatus() == EventStatus.PLANNED;
        return new EventView(e.getId(), e.getTitle(), e.getType(), e.getStart(), e.getEnd(), e.getVillageCode(), villageName,
                e.getSiteId(), e.getOfficer(), e.getAudience(), e.getExpectedAttendance(), e.getStatus(), e.getActualAttendance(),
                e.getNotes(), e.getOutcome(), e.getCancelReason(), e.getFollowUpOf(), java.util.Set.copyOf(e.getAgentIds()),
                e.getVersion(), editable);
    }
}
