package id.bpjstk.desasadar.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A saved visit plan (V032); its stops in route order, each pointing at the event the save created. */
@Entity
@Table(name = "visit_plan")
class VisitPlan {

    static final int TITLE_MAX = 150;
    static final int LABEL_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = 60)
    private String officer;

    @Column(name = "planned_by", nullable = false, length = 60)
    private String plannedBy;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "day_start", nullable = false)
    private LocalTime dayStart;

    @Column(name = "day_end", nullable = false)
    private LocalTime dayEnd;

    @Column(name = "start_label", nullable = false, length = LABEL_MAX)
    private String startLabel;

    @Column(name = "start_lat", nullable = false)
    private double startLat;

    @Column(name = "start_lng", nullable = false)
    private double startLng;

    @Column(name = "total_km", nullable = false)
    private double totalKm;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_plan_agent", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "agent_id")
    private Set<Long> agentIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_plan_stop", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<StopRow> stops = new ArrayList<>();

    protected VisitPlan() {
    }

    VisitPlan(String plannedBy, LocalDateTime now) {
        this.plannedBy = plannedBy;
        this.createdAt = now;
    }

    /** Takes the draft's values; the stops come with the ids of their events, known once the events exist. */
    void take(PlanDraft d, List<PlanStop> stopsWithEvents, LocalDateTime now) {
        title = d.title().strip();
        officer = d.officer();
        firstDay = d.firstDay();
        lastDay = d.lastDay();
        dayStart = d.dayStart();
        dayEnd = d.dayEnd();
        startLabel = d.start().label().strip();
        startLat = d.start().lat();
        startLng = d.start().lng();
        totalKm = d.totalKm();
        agentIds.clear();
        agentIds.addAll(d.agentIds());
        stops.clear();
        stopsWithEvents.forEach(s -> stops.add(new StopRow(s)));
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getOfficer() {
        return officer;
    }

    String getPlannedBy() {
        return plannedBy;
    }

    List<PlanStop> stops() {
        return stops.stream().map(StopRow::toStop).toList();
    }

    PlanView view(java.util.function.Function<PlanStop, PlanView.Stop> describe, boolean editable) {
        return new PlanView(id, version, title, officer, plannedBy, Set.copyOf(agentIds), firstDay, lastDay, dayStart, dayEnd,
                new StartPoint(startLabel, startLat, startLng), totalKm, stops().stream().map(describe).toList(), editable);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof VisitPlan other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return VisitPlan.class.hashCode();
    }

    @Embeddable
    static class StopRow {

        @Column(name = "village_code", nullable = false, length = 13)
        private String villageCode;

        @Column(nullable = false)
        private LocalDateTime arrival;

        @Column(nullable = false)
        private LocalDateTime departure;

        @Column(name = "leg_km", nullable = false)
        private double legKm;

        @Column(nullable = false)
        private boolean locked;

        @Column(nullable = false)
        private boolean fixed;

        @Column(name = "event_id")
        private Long eventId;

        protected StopRow() {
        }

        StopRow(PlanStop s) {
            villageCode = s.villageCode();
            arrival = s.arrival();
            departure = s.departure();
            legKm = s.legKm();
            locked = s.locked();
            fixed = s.fixed();
            eventId = s.eventId();
        }

        PlanStop toStop() {
            return new PlanStop(villageCode, arrival, departure, legKm, locked, fixed, eventId);
        }
    }
}
