package id.bpjstk.desasadar.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row per province, regency, district or village, keyed by its Kemendagri code. */
@Entity
@Table(name = "area")
public class Area {

    public static final int CODE_MAX = 13;
    public static final int NAME_MAX = 100;

    @Id
    @Column(length = CODE_MAX)
    private String code;

    @Column(name = "parent_code", length = CODE_MAX)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AreaLevel level;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AreaKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    private Double lat;
    private Double lng;

    protected Area() {
    }

    public String getCode() { return code; }
    public String getParentCode() { return parentCode; }
    public AreaLevel getLevel() { return level; }
    public AreaKind getKind() { return kind; }
    public String getName() { return name; }
    public Double getLat() { return lat; }
    public Double getLng() { return lng; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Area other && code != null && code.equals(other.code));
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }
}
