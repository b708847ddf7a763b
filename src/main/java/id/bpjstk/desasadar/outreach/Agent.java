package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.AuditedAs;
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

/** A Perisai agent; lengths shared with V007 and the form. Activity is computed ({@link AgentActivity}). */
@Entity
@AuditedAs("agent")
@Table(name = "agent")
class Agent {

    static final int REGISTRATION_MAX = 30;
    static final int NAME_MAX = 100;
    static final int SPONSOR_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_number", nullable = false, unique = true, length = REGISTRATION_MAX)
    private String registrationNumber;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = 20)
    private String phone;

    @Column(name = "home_area", nullable = false, length = 13)
    private String homeArea;

    @Column(name = "sponsor_name", nullable = false, length = SPONSOR_MAX)
    private String sponsorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sponsor_kind", nullable = false, length = 12)
    private SponsorKind sponsorKind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "reactivated_on")
    private LocalDate reactivatedOn;

    @Version
    private long version;

    protected Agent() {
    }

    Agent(String registrationNumber, String name, String phone, String homeArea, String sponsorName, SponsorKind sponsorKind,
          LocalDate startDate) {
        this.registrationNumber = registrationNumber;
        this.name = name;
        this.phone = phone;
        this.homeArea = homeArea;
        this.sponsorName = sponsorName;
        this.sponsorKind = sponsorKind;
        this.startDate = startDate;
    }

    void reactivate(LocalDate on) {
        this.reactivatedOn = on;
    }

    Long getId() { return id; }
    String getRegistrationNumber() { return registrationNumber; }
    String getName() { return name; }
    String getPhone() { return phone; }
    String getHomeArea() { return homeArea; }
    String getSponsorName() { return sponsorName; }
    SponsorKind getSponsorKind() { return sponsorKind; }
    LocalDate getStartDate() { return startDate; }
    LocalDate getReactivatedOn() { return reactivatedOn; }
    long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Agent other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Agent.class.hashCode();
    }
}
