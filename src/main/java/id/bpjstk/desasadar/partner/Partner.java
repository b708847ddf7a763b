package id.bpjstk.desasadar.partner;

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

/** A municipality or a company that funds workers; lengths shared with V009 and the form. */
@Entity
@AuditedAs("partner")
@Table(name = "partner")
class Partner {

    static final int NAME_MAX = 150;
    static final int CONTACT_NAME_MAX = 100;
    static final int PHONE_MAX = 20;
    static final int EMAIL_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PartnerKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "area_code", length = 13)
    private String areaCode;

    @Column(name = "contact_name", length = CONTACT_NAME_MAX)
    private String contactName;

    @Column(name = "contact_phone", length = PHONE_MAX)
    private String contactPhone;

    @Column(name = "contact_email", length = EMAIL_MAX)
    private String contactEmail;

    @Version
    private long version;

    protected Partner() {
    }

    Partner(PartnerDraft clean) {
        update(clean);
    }

    /** Takes a draft already checked and stripped by the service. */
    void update(PartnerDraft clean) {
        this.kind = clean.kind();
        this.name = clean.name();
        this.areaCode = clean.areaCode();
        this.contactName = clean.contactName();
        this.contactPhone = clean.contactPhone();
        this.contactEmail = clean.contactEmail();
    }

    Long getId() { return id; }
    PartnerKind getKind() { return kind; }
    String getName() { return name; }
    String getAreaCode() { return areaCode; }
    String getContactName() { return contactName; }
    String getContactPhone() { return contactPhone; }
    String getContactEmail() { return contactEmail; }
    long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Partner other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Partner.class.hashCode();
    }
}
