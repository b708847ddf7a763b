package id.bpjstk.desasadar.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** An enrolled BPU worker (table from V011; bulk imports write the same table directly). */
@Entity
@Table(name = "worker")
class Worker {

    /** The lengths of V011__workers.sql. */
    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nik;
    private String fullName;
    /** 'L' or 'P', as Indonesian forms and the import file write it. */
    private String sex;
    private LocalDate birthDate;
    private String phone;
    @Enumerated(EnumType.STRING)
    private Occupation occupation;
    private String villageCode;
    @Enumerated(EnumType.STRING)
    private VillageRole villageRole;
    private Long siteId;
    private boolean jht;
    private int incomeBand;
    @Enumerated(EnumType.STRING)
    private Funding funding;
    private Long mouId;
    private LocalDate enrolledOn;
    private Long eventId;
    private Long agentId;
    private String kpj;
    private LocalDate paidThrough;
    private LocalDate activeFrom;
    @Column(updatable = false)
    private LocalDateTime createdAt;
    @Column(updatable = false)
    private String createdBy;
    @Version
    private int version;

    protected Worker() {
    }

    Worker(ValidWorker w, LocalDateTime createdAt, String createdBy) {
        this.nik = w.nik().value();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(w);
    }

    void apply(ValidWorker w) {
        this.fullName = w.fullName();
        this.sex = w.sex() == Sex.FEMALE ? "P" : "L";
        this.birthDate = w.birthDate();
        this.phone = w.phone();
        this.occupation = w.occupation();
        this.villageCode = w.villageCode();
        this.villageRole = w.villageRole();
        this.siteId = w.siteId();
        this.jht = w.jht();
        this.incomeBand = Math.toIntExact(w.incomeBand());
        this.funding = w.funding();
        this.mouId = w.mouId();
        this.enrolledOn = w.enrolledOn();
        this.eventId = w.eventId();
        this.agentId = w.agentId();
        this.kpj = w.kpj();
    }

    void activity(ActivityState state) {
        this.paidThrough = state.paidThrough() == null ? null : state.paidThrough().atDay(1);
        this.activeFrom = state.activeFrom() == null ? null : state.activeFrom().atDay(1);
    }

    ActivityState activity() {
        return new ActivityState(paidThrough == null ? null : YearMonth.from(paidThrough),
                activeFrom == null ? null : YearMonth.from(activeFrom));
    }

    Long getId() { return id; }
    String getNik() { return nik; }
    String getFullName() { return fullName; }
    Sex getSex() { return "P".equals(sex) ? Sex.FEMALE : Sex.MALE; }
    LocalDate getBirthDate() { return birthDate; }
    String getPhone() { return phone; }
    Occupation getOccupation() { return occupation; }
    String getVillageCode() { return villageCode; }
    VillageRole getVillageRole() { return villageRole; }
    Long getSiteId() { return siteId; }
    boolean isJht() { return jht; }
    long getIncomeBand() { return incomeBand; }
    Funding getFunding() { return funding; }
    Long getMouId() { return mouId; }
    LocalDate getEnrolledOn() { return enrolledOn; }
    Long getEventId() { return eventId; }
    Long getAgentId() { return agentId; }
    String getKpj() { return kpj; }
    int getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Worker w && id != null && id.equals(w.id));
    }

    @Override
    public int hashCode() {
        return Worker.class.hashCode();
    }
}
