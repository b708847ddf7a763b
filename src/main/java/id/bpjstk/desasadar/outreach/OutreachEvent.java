package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.AuditedAs;
import id.bpjstk.desasadar.base.text.CleanText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** A socialization event; lengths shared with V006 and the forms. */
@Entity
@AuditedAs("event")
@Table(name = "outreach_event")
class OutreachEvent {

    static final int TITLE_MAX = 150;
    static final int AUDIENCE_MAX = 150;
    static final int NOTES_MAX = 2000;
    static final int OUTCOME_MAX = 500;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventType type;

    @Column(name = "planned_start", nullable = false)
    private LocalDateTime start;

    @Column(name = "planned_end", nullable = false)
    private LocalDateTime end;

    @Column(name = "village_code", nullable = false, length = 13)
    private String villageCode;

    @Column(name = "site_id")
    private Long siteId;

    @Column(nullable = false, length = 60)
    private String officer;

    @Column(length = AUDIENCE_MAX)
    private String audience;

    @Column(name = "expected_attendance")
    private Integer expectedAttendance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EventStatus status = EventStatus.PLANNED;

    @Column(name = "actual_attendance")
    private Integer actualAttendance;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(length = OUTCOME_MAX)
    private String outcome;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @Column(name = "follow_up_of")
    private Long followUpOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outreach_event_agent", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "agent_id")
    private Set<Long> agentIds = new HashSet<>();

    @Version
    private long version;

    protected OutreachEvent() {
    }

    OutreachEvent(EventDraft d, Long followUpOf) {
        plan(d);
        this.followUpOf = followUpOf;
    }

    void plan(EventDraft d) {
        this.title = CleanText.oneLine(d.title());
        this.type = d.type();
        this.start = d.start();
        this.end = d.end();
        this.villageCode = d.villageCode();
        this.siteId = d.siteId();
        this.officer = d.officer();
        this.audience = CleanText.oneLineOrNull(d.audience());
        this.expectedAttendance = d.expectedAttendance();
        this.agentIds = new HashSet<>(d.agentIds());
    }

    void held(int attendance, String notes, String outcome) {
        this.status = EventStatus.HELD;
        this.actualAttendance = attendance;
        this.notes = notes;
        this.outcome = outcome;
    }

    void cancel(String reason) {
        this.status = EventStatus.CANCELLED;
        this.cancelReason = reason;
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    EventType getType() { return type; }
    LocalDateTime getStart() { return start; }
    LocalDateTime getEnd() { return end; }
    String getVillageCode() { return villageCode; }
    Long getSiteId() { return siteId; }
    String getOfficer() { return officer; }
    String getAudience() { return audience; }
    Integer getExpectedAttendance() { return expectedAttendance; }
    EventStatus getStatus() { return status; }
    Integer getActualAttendance() { return actualAttendance; }
    String getNotes() { return notes; }
    String getOutcome() { return outcome; }
    String getCancelReason() { return cancelReason; }
    Long getFollowUpOf() { return followUpOf; }
    long getVersion() { return version; }
    Set<Long> getAgentIds() { return agentIds; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof OutreachEvent other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return OutreachEvent.class.hashCode();
    }
}
