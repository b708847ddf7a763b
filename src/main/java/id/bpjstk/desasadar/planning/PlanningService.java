package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit plans: saving one turns its stops into planned outreach events, all in one transaction (all or none), and a
 * revision moves, adds and cancels those events with it. Coordinators (and administrators) plan for the villages of
 * their scope; regional heads read the plans that visit their areas; partners see none.
 *
 * <p>Longer than the 250 lines a class is held to (decision 034) because a plan's save and revision are one command
 * with the events they plan, move and cancel, in one transaction; its reads are a page and one plan.
 */
@Service
public class PlanningService {

    public static final int TITLE_MAX = VisitPlan.TITLE_MAX;
    /** A week and a weekend: a longer plan is a season, not a plan of visits. */
    public static final int DAYS_MAX = 14;
    public static final int STOPS_MAX = 60;
    static final String REMOVED_REASON = "Dihapus dari rencana kunjungan";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final VisitPlanRepository plans;
    private final EventService events;
    private final EventQueries eventQueries;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanningService(VisitPlanRepository plans, EventService events, EventQueries eventQueries, AreaService areas,
                    CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.eventQueries = eventQueries;
        this.areas = areas;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves a new plan and creates an event per new stop. */
    @Transactional
    public PlanView save(PlanDraft draft) {
        requirePlanner();
        validate(draft, Set.of());
        VisitPlan plan = new VisitPlan(currentUser.get().orElseThrow().getUsername(), now());
        plan.take(draft, withEvents(draft, Map.of()), now());
        return view(plans.saveAndFlush(plan));
    }

    /**
     * Saves a revision: stops kept move their events, new stops get one, stops taken out have theirs cancelled.
     * Refused when someone else saved the plan since {@code expectedVersion} (their revision is kept).
     */
    @Transactional
    public PlanView revise(long id, PlanDraft draft, long expectedVersion) {
        requirePlanner();
        VisitPlan plan = VersionedEdit.current(plans.findById(id).filter(this::visible), "plan.error.not-found",
                VisitPlan::getVersion, expectedVersion, "plan.error.conflict");
        Map<Long, PlanStop> before = new HashMap<>();
        plan.stops().stream().filter(s -> s.eventId() != null && !s.fixed()).forEach(s -> before.put(s.eventId(), s));
        validate(draft, before.keySet());
        List<PlanStop> stops = withEvents(draft, before);
        Set<Long> kept = new HashSet<>();
        stops.forEach(s -> kept.add(s.eventId()));
        for (Long removed : before.keySet()) {
            if (!kept.contains(removed)) {
                eventQueries.find(removed).filter(e -> e.status() == EventStatus.PLANNED)
                        .ifPresent(e -> events.cancel(e.id(), REMOVED_REASON, e.version()));
            }
        }
        plan.take(draft, stops, now());
        return VersionedEdit.saving("plan.error.conflict", () -> view(plans.saveAndFlush(plan)));
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> find(long id) {
        requireReader();
        return plans.findById(id).filter(this::visible).map(this::view);
    }

    /** The plans that visit the caller's areas and end on or after {@code from}, soonest first. */
    @Transactional(readOnly = true)
    public List<PlanView> list(LocalDate from, int limit) {
        requireReader();
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(from);
        String inScope = scope.andSqlCondition("s.village_code", args);
        args.add(limit);
        List<Long> ids = jdbc.queryForList("SELECT p.id FROM visit_plan p WHERE p.last_day >= ? AND EXISTS (SELECT 1 FROM"
                + " visit_plan_stop s WHERE s.plan_id = p.id" + inScope + ") ORDER BY p.first_day, p.id LIMIT ?", Long.class, args.toArray());
        Map<Long, VisitPlan> byId = new HashMap<>();
        plans.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        return ids.stream().map(byId::get).map(this::view).toList();
    }

    /**
     * The officer's planned events that the plan would overlap (other than its own): the planner shows them before a
     * save, and a save with any is refused.
     */
    @Transactional(readOnly = true)
    public List<EventView> clashes(PlanDraft draft, Set<Long> ownEvents) {
        List<EventView> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (PlanStop s : draft.stops()) {
            if (s.fixed()) {
                continue;
            }
            for (EventView e : eventQueries.plannedFor(draft.officer(), s.arrival(), s.departure())) {
                if (!ownEvents.contains(e.id()) && !isFixedStop(draft, e.id()) && seen.add(e.id())) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static boolean isFixedStop(PlanDraft draft, long eventId) {
        return draft.stops().stream().anyMatch(s -> s.fixed() && Long.valueOf(eventId).equals(s.eventId()));
    }

    /** Creates the events of new stops and moves those of kept ones; returns the stops with their event ids. */
    private List<PlanStop> withEvents(PlanDraft d, Map<Long, PlanStop> before) {
        List<PlanStop> result = new ArrayList<>();
        for (PlanStop s : d.stops()) {
            if (s.fixed()) {
                result.add(s);
                continue;
            }
            if (s.eventId() != null && !before.containsKey(s.eventId())) {
                // an event of another plan or of nobody's: a plan only moves the events it created
                throw new RuleViolation("plan.error.not-found");
            }
            EventDraft event = eventOf(d, s);
            if (s.eventId() == null) {
                result.add(withEvent(s, events.plan(event).id()));
                continue;
            }
            EventView current = eventQueries.find(s.eventId()).orElseThrow(() -> new RuleViolation("plan.error.not-found"));
            boolean moved = !current.start().equals(s.arrival()) || !current.end().equals(s.departure())
                    || !current.villageCode().equals(s.villageCode()) || !current.officer().equals(d.officer())
                    || !current.agentIds().equals(d.agentIds());
            if (moved && current.status() != EventStatus.PLANNED) {
                throw new RuleViolation("plan.error.stop-done", current.villageName());
            }
            if (moved) {
                events.update(current.id(), new EventDraft(current.title(), current.type(), s.arrival(), s.departure(), s.villageCode(),
                        current.villageCode().equals(s.villageCode()) ? current.siteId() : null, d.officer(), current.audience(),
                        current.expectedAttendance(), d.agentIds()), current.version());
            }
            result.add(s);
        }
        return result;
    }

    private EventDraft eventOf(PlanDraft d, PlanStop s) {
        String village = areas.findVillage(s.villageCode()).map(VillageDetails::name).orElse(s.villageCode());
        String title = ("Kunjungan " + village).length() > TITLE_MAX ? village : "Kunjungan " + village;
        return new EventDraft(title, EventType.SOSIALISASI_DESA, s.arrival(), s.departure(), s.villageCode(), null, d.officer(),
                null, null, d.agentIds());
    }

    private static PlanStop withEvent(PlanStop s, long eventId) {
        return new PlanStop(s.villageCode(), s.arrival(), s.departure(), s.legKm(), s.locked(), s.fixed(), eventId);
    }

    private void validate(PlanDraft d, Set<Long> ownEvents) {
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > TITLE_MAX) {
            throw new RuleViolation("plan.error.title", TITLE_MAX);
        }
        if (d.officer() == null || d.officer().isBlank()) {
            throw new RuleViolation("plan.error.officer");
        }
        if (d.start() == null) {
            throw new RuleViolation("plan.error.start-point");
        }
        if (d.firstDay() == null || d.lastDay() == null || d.lastDay().isBefore(d.firstDay())) {
            throw new RuleViolation("plan.error.days");
        }
        if (d.firstDay().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("plan.error.past");
        }
        if (d.firstDay().plusDays(DAYS_MAX).isBefore(d.lastDay().plusDays(1))) {
            throw new RuleViolation("plan.error.too-many-days", DAYS_MAX);
        }
        if (d.dayStart() == null || d.dayEnd() == null || !d.dayEnd().isAfter(d.dayStart())) {
            throw new RuleViolation("plan.error.hours");
        }
        if (d.stops().isEmpty()) {
            throw new RuleViolation("plan.error.empty");
        }
        if (d.stops().size() > STOPS_MAX) {
            throw new RuleViolation("plan.error.too-many-stops", STOPS_MAX);
        }
        LocalDateTime previousDeparture = null;
        for (PlanStop s : d.stops()) {
            if (!currentUser.scope().includes(s.villageCode()) || areas.findVillage(s.villageCode()).isEmpty()) {
                throw new RuleViolation("plan.error.village-out-of-scope", s.villageCode());
            }
            if (s.arrival() == null || s.departure() == null || !s.departure().isAfter(s.arrival())) {
                throw new RuleViolation("plan.error.stop-times", name(s));
            }
            LocalDate day = s.arrival().toLocalDate();
            boolean inDays = !day.isBefore(d.firstDay()) && !day.isAfter(d.lastDay()) && day.equals(s.departure().toLocalDate());
            boolean inHours = !s.arrival().toLocalTime().isBefore(d.dayStart()) && !s.departure().toLocalTime().isAfter(d.dayEnd());
            if (!s.fixed() && (!inDays || !inHours)) {
                throw new RuleViolation("plan.error.outside-hours", name(s));
            }
            if (previousDeparture != null && s.arrival().isBefore(previousDeparture)) {
                throw new RuleViolation("plan.error.overlap", name(s));
            }
            previousDeparture = s.departure();
        }
        List<EventView> clashes = clashes(d, ownEvents);
        if (!clashes.isEmpty()) {
            EventView first = clashes.getFirst();
            throw new RuleViolation("plan.error.clash", d.officer(), first.title(), first.start().format(WHEN), clashes.size());
        }
    }

    private String name(PlanStop s) {
        return areas.findVillage(s.villageCode()).map(VillageDetails::name).orElse(s.villageCode());
    }

    private boolean visible(VisitPlan p) {
        AreaScope scope = currentUser.scope();
        return p.stops().stream().anyMatch(s -> scope.includes(s.villageCode()));
    }

    private PlanView view(VisitPlan p) {
        Map<String, String> names = new HashMap<>();
        boolean editable = currentUser.editsFieldWork();
        return p.view(s -> new PlanView.Stop(s, names.computeIfAbsent(s.villageCode(),
                c -> areas.findVillage(c).map(VillageDetails::name).orElse(c)),
                s.eventId() == null ? null : eventQueries.find(s.eventId()).map(e -> e.status().name()).orElse(null)), editable);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void requirePlanner() {
        currentUser.requireFieldEditor("Only coordinators and administrators plan visits");
    }

    private void requireReader() {
        if (currentUser.hasRole(Role.PARTNER) || currentUser.get().isEmpty()) {
            throw new AccessDeniedException("Partners do not see visit plans");
        }
    }
}
