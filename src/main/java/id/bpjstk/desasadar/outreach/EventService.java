package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.territory.AreaService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes of socialization events: planned by coordinators in their areas, then held (with attendance) or
 * cancelled (with a reason). Regional heads read their region; a save on an outdated version is refused. The reads
 * are in {@link EventQueries}, the map's rings in {@link EventMapLayer} (decision 034).
 */
@Service
public class EventService {

    public static final int TITLE_MAX = EventRules.TITLE_MAX;
    public static final int AUDIENCE_MAX = EventRules.AUDIENCE_MAX;
    public static final int NOTES_MAX = OutreachEvent.NOTES_MAX;
    public static final int OUTCOME_MAX = OutreachEvent.OUTCOME_MAX;
    public static final int REASON_MAX = OutreachEvent.REASON_MAX;
    public static final int ATTENDANCE_MAX = EventRules.ATTENDANCE_MAX;
    private final OutreachEventRepository events;
    private final EventQueries queries;
    private final AreaService areas;
    private final SiteQueries sites;
    private final UserService users;
    private final AgentService agents;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    EventService(OutreachEventRepository events, EventQueries queries, AreaService areas, SiteQueries sites, UserService users,
                 AgentService agents, CurrentUser currentUser, TransactionTemplate tx, org.springframework.jdbc.core.JdbcTemplate jdbc,
                 Clock clock) {
        this.events = events;
        this.queries = queries;
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
        EventView held = queries.find(heldEventId).orElseThrow(() -> new RuleViolation("event.error.not-found"));
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

    private EventView create(EventDraft draft, Long followUpOf) {
        requireEditor();
        validate(draft);
        long id = tx.execute(status -> {
            long created = events.saveAndFlush(new OutreachEvent(draft, followUpOf)).getId();
            CoverageUpkeep.begin(jdbc, List.of(), List.of(), List.of()).created(List.of(), List.of(), List.of(created)).apply(jdbc);
            return created;
        });
        return queries.find(id).orElseThrow();
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
        return queries.find(id).orElseThrow();
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
}
