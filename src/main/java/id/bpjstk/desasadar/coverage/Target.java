package id.bpjstk.desasadar.coverage;

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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One yearly target of an area or office for one measure; lengths shared with V020 and the form. */
@Entity
@AuditedAs("target")
@Table(name = "target")
class Target {

    static final int NOTE_MAX = 300;
    static final int PHASING_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "area_code", length = 13)
    private String areaCode;

    @Column(name = "office_id")
    private Long officeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TargetMeasure measure;

    @Column(name = "target_value", nullable = false)
    private long value;

    @Enumerated(EnumType.STRING)
    @Column(name = "phasing_kind", nullable = false, length = 12)
    private TargetPhasing.Kind phasingKind;

    @Column(length = PHASING_MAX)
    private String phasing;

    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "source_note", length = NOTE_MAX)
    private String sourceNote;

    @Version
    private long version;

    protected Target() {
    }

    Target(TargetDraft draft) {
        update(draft);
    }

    void update(TargetDraft d) {
        this.year = d.year();
        this.areaCode = d.owner().areaCode();
        this.officeId = d.owner().officeId();
        this.measure = d.measure();
        this.value = d.value();
        this.phasingKind = d.phasing().kind();
        this.phasing = d.phasing().months().isEmpty() ? null : d.phasing().monthsText();
        this.illustrative = d.illustrative();
        this.sourceNote = d.sourceNote() == null || d.sourceNote().isBlank() ? null : d.sourceNote().strip();
    }

    Long getId() { return id; }
    int getYear() { return year; }
    TargetMeasure getMeasure() { return measure; }
    long getValue() { return value; }
    boolean isIllustrative() { return illustrative; }
    String getSourceNote() { return sourceNote; }
    long getVersion() { return version; }

    TargetOwner owner() {
        return new TargetOwner(areaCode, officeId);
    }

    TargetPhasing phasing() {
        List<BigDecimal> months = phasing == null ? List.of() : Arrays.stream(phasing.split("\\|")).map(BigDecimal::new).toList();
        return new TargetPhasing(phasingKind, months);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Target other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Target.class.hashCode();
    }
}
