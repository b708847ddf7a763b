package id.bpjstk.desasadar.enrollment;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A stored {@link TariffRow} (V010). Months are kept as dates (first day / last day) for SQL readers. */
@Entity
@AuditedAs("tariff")
@Table(name = "tariff")
class Tariff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = TariffKind.NAME_MAX)
    private TariffKind kind;

    @Column(precision = 5, scale = TariffRow.PERCENT_DECIMALS)
    private BigDecimal percent;

    private Long amount;

    /** Comma-separated programme names, for discounts. */
    @Column(length = 20)
    private String programmes;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(length = TariffRow.NOTE_MAX)
    private String note;

    @Version
    private long version;

    protected Tariff() {
    }

    Tariff(TariffRow row) {
        this.kind = row.kind();
        this.percent = row.percent();
        this.amount = row.amount();
        this.programmes = row.programmes().isEmpty() ? null
                : row.programmes().stream().sorted().map(Programme::name).collect(Collectors.joining(","));
        this.validFrom = row.validFrom().atDay(1);
        this.note = row.note();
        endWith(row.validTo());
    }

    void endWith(YearMonth lastMonth) {
        this.validTo = lastMonth == null ? null : lastMonth.atEndOfMonth();
    }

    Long getId() { return id; }

    TariffRow toRow() {
        Set<Programme> applies = programmes == null ? Set.of()
                : EnumSet.copyOf(Arrays.stream(programmes.split(",")).map(Programme::valueOf).toList());
        return new TariffRow(id, kind, percent, amount, applies, YearMonth.from(validFrom),
                validTo == null ? null : YearMonth.from(validTo), note);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Tariff other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Tariff.class.hashCode();
    }
}
