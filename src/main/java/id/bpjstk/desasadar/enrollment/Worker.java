package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.db.AuditedAs;
import id.bpjstk.desasadar.partner.Funding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An enrolled BPU worker (table from V011; bulk imports write the same table directly). {@code paidThrough} and
 * {@code activeFrom} are written only by {@link WorkerActivity}, as payments arrive.
 */
@Entity
@AuditedAs("worker")
@Table(name = "worker")
class Worker extends CreatedRecord {

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
    /** Kept by {@link WorkerActivity}; an edit of the worker never writes them back. */
    @Column(updatable = false)
    private LocalDate paidThrough;
    @Column(updatable = false)
    private LocalDate activeFrom;

    protected Worker() {
    }

    Worker(ValidWorker w, LocalDateTime createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.nik = w.nik().value();
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Worker w && id != null && id.equals(w.id));
    }

    @Override
    public int hashCode() {
        return Worker.class.hashCode();
    }
}
