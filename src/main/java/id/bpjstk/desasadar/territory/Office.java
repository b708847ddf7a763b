package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.AuditedAs;
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
import java.util.Set;
import java.util.TreeSet;

/** A BPJSTK office and the areas it covers; lengths shared with V004 and the form. */
@Entity
@AuditedAs("office")
@Table(name = "office")
class Office {

    static final int CODE_MAX = 20;
    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OfficeKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_area", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "area_code")
    private Set<String> areaCodes = new TreeSet<>();

    /** Where the office is (V030): null until recorded, both or neither. */
    private Double lat;
    private Double lng;

    @Version
    private long version;

    protected Office() {
    }

    Office(String code, String name, OfficeKind kind, Set<String> areaCodes) {
        update(code, name, kind, areaCodes);
    }

    void update(String code, String name, OfficeKind kind, Set<String> areaCodes) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.areaCodes = new TreeSet<>(areaCodes);
    }

    void locate(Double lat, Double lng) {
        this.lat = lat;
        this.lng = lng;
    }

    Long getId() { return id; }
    Double getLat() { return lat; }
    Double getLng() { return lng; }
    String getCode() { return code; }
    String getName() { return name; }
    OfficeKind getKind() { return kind; }
    Set<String> getAreaCodes() { return areaCodes; }
    long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Office other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Office.class.hashCode();
    }
}
