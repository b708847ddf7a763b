package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.db.AuditedAs;
import id.bpjstk.desasadar.base.text.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A work site; lengths shared with V005 and the form. The optional outline is kept as WKB by
 * {@link SiteService} (JDBC), so this entity carries no geometry type.
 */
@Entity
@AuditedAs("site")
@Table(name = "site")
class Site {

    static final int NAME_MAX = 150;
    static final int COMMODITY_MAX = 60;
    static final int OPERATOR_MAX = 150;
    static final int CONTACT_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SiteType type;

    @Column(length = COMMODITY_MAX)
    private String commodity;

    @Column(length = OPERATOR_MAX)
    private String operator;

    @Column(name = "estimated_workers")
    private Integer estimatedWorkers;

    @Column(length = CONTACT_MAX)
    private String contact;

    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lng;

    @Column(name = "village_code", nullable = false, length = 13)
    private String villageCode;

    @Version
    private long version;

    protected Site() {
    }

    Site(SiteDraft d, String villageCode) {
        update(d, villageCode);
    }

    void update(SiteDraft d, String villageCode) {
        this.name = CleanText.oneLine(d.name());
        this.type = d.type();
        this.commodity = blankToNull(d.commodity());
        this.operator = blankToNull(d.operator());
        this.estimatedWorkers = d.estimatedWorkers();
        this.contact = blankToNull(d.contact());
        this.lat = d.lat();
        this.lng = d.lng();
        this.villageCode = villageCode;
    }

    void moveTo(double lat, double lng, String villageCode) {
        this.lat = lat;
        this.lng = lng;
        this.villageCode = villageCode;
    }

    private static String blankToNull(String s) {
        return CleanText.oneLineOrNull(s);
    }

    Long getId() { return id; }
    String getName() { return name; }
    SiteType getType() { return type; }
    String getCommodity() { return commodity; }
    String getOperator() { return operator; }
    Integer getEstimatedWorkers() { return estimatedWorkers; }
    String getContact() { return contact; }
    double getLat() { return lat; }
    double getLng() { return lng; }
    String getVillageCode() { return villageCode; }
    long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Site other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Site.class.hashCode();
    }
}
