package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.db.AuditedAs;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A partner's MoU: period, quota of workers, optional budget, covered areas; lengths shared with V009 and the form. */
@Entity
@AuditedAs("mou")
@Table(name = "mou")
class Mou {

    static final int NUMBER_MAX = 60;
    static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(nullable = false, unique = true, length = NUMBER_MAX)
    private String number;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int quota;

    private Long budget;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mou_area", joinColumns = @JoinColumn(name = "mou_id"))
    @Column(name = "area_code")
    private Set<String> areaCodes = new TreeSet<>();

    @Version
    private long version;

    protected Mou() {
    }

    Mou(Partner partner, MouDraft clean) {
        this.partner = partner;
        update(clean);
    }

    /** Takes a draft already checked and stripped by the service. */
    void update(MouDraft clean) {
        this.number = clean.number();
        this.title = clean.title();
        this.startsOn = clean.startsOn();
        this.endsOn = clean.endsOn();
        this.quota = clean.quota();
        this.budget = clean.budget();
        this.areaCodes = new TreeSet<>(clean.areaCodes());
    }

    Long getId() { return id; }
    Partner getPartner() { return partner; }
    String getNumber() { return number; }
    String getTitle() { return title; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    int getQuota() { return quota; }
    Long getBudget() { return budget; }
    Set<String> getAreaCodes() { return areaCodes; }
    long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Mou other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Mou.class.hashCode();
    }
}
