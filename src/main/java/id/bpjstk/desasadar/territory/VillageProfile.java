package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A village's outreach profile; the lengths are shared by entity, DDL (V003) and forms. */
@Entity
@AuditedAs("village-profile")
@Table(name = "village_profile")
class VillageProfile {

    static final int NOTES_MAX = 2000;
    static final int DECREE_MAX = 100;
    static final int REASON_MAX = 500;

    @Id
    @Column(name = "village_code", length = Area.CODE_MAX)
    private String villageCode;

    private Integer potential;

    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DesignationStatus status = DesignationStatus.CANDIDATE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "decree_number", length = DECREE_MAX)
    private String decreeNumber;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    @Version
    private long version;

    protected VillageProfile() {
    }

    VillageProfile(String villageCode) {
        this.villageCode = villageCode;
    }

    String getVillageCode() { return villageCode; }
    Integer getPotential() { return potential; }
    String getNotes() { return notes; }
    DesignationStatus getStatus() { return status; }
    LocalDate getStatusDate() { return statusDate; }
    String getDecreeNumber() { return decreeNumber; }
    String getRevokeReason() { return revokeReason; }
    long getVersion() { return version; }

    void setOutreach(Integer potential, String notes) {
        this.potential = potential;
        this.notes = notes;
    }

    void setStatus(DesignationStatus status, LocalDate date, String decreeNumber, String revokeReason) {
        this.status = status;
        this.statusDate = date;
        this.decreeNumber = decreeNumber;
        this.revokeReason = revokeReason;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof VillageProfile other && villageCode != null && villageCode.equals(other.villageCode));
    }

    @Override
    public int hashCode() {
        return villageCode == null ? 0 : villageCode.hashCode();
    }
}
