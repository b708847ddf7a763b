package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All tariff rows, answering what a month costs. Built only from rows that never clash (two rows for
 * the same thing in the same month), so every question has exactly one answer.
 */
public record TariffSchedule(List<TariffRow> rows) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TariffSchedule {
        rows = rows.stream().sorted(Comparator.comparing(TariffRow::kind).thenComparing(TariffRow::validFrom)).toList();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(i).clashesWith(rows.get(j))) {
                    TariffRow a = rows.get(i);
                    TariffRow b = rows.get(j);
                    YearMonth from = a.validFrom().isAfter(b.validFrom()) ? a.validFrom() : b.validFrom();
                    throw new RuleViolation("tariff.error.overlap", from.toString());
                }
            }
        }
    }

    /** This schedule with {@code row} added, or replacing the row of the same id; refused if it clashes. */
    public TariffSchedule with(TariffRow row) {
        List<TariffRow> next = new ArrayList<>(rows.stream().filter(r -> row.id() == null || !row.id().equals(r.id())).toList());
        next.add(row);
        return new TariffSchedule(next);
    }

    /** The income bands a worker may declare for {@code month}, lowest first. */
    public List<Long> bands(YearMonth month) {
        return rows.stream().filter(r -> r.kind() == TariffKind.INCOME_BAND && r.validIn(month)).map(TariffRow::amount).sorted().toList();
    }

    /**
     * What a worker who declared {@code band} pays for {@code month}: JKK and JKM, plus JHT when
     * {@code withJht}, less the discounts valid that month. Refused when the month has no rate for a
     * programme or the band is not one of that month's bands.
     */
    public ContributionBreakdown contribution(YearMonth month, long band, boolean withJht) {
        BigDecimal jkkRate = single(TariffKind.JKK_RATE, month).percent();
        long jkm = single(TariffKind.JKM_AMOUNT, month).amount();
        BigDecimal jhtRate = withJht ? single(TariffKind.JHT_RATE, month).percent() : BigDecimal.ZERO;
        if (!bands(month).contains(band)) {
            throw new RuleViolation("tariff.error.unknown-band", band, month.toString());
        }
        long jkk = percentOf(jkkRate, band);
        long jht = percentOf(jhtRate, band);
        Map<Programme, Long> lines = Map.of(Programme.JKK, jkk, Programme.JKM, jkm, Programme.JHT, jht);
        long discount = rows.stream().filter(r -> r.kind() == TariffKind.DISCOUNT && r.validIn(month))
                .mapToLong(d -> percentOf(d.percent(), d.programmes().stream().mapToLong(lines::get).sum())).sum();
        return new ContributionBreakdown(month, band, jkk, jkm, jht, discount, jkk + jkm + jht - discount);
    }

    /** The row of this id; refused when there is none. */
    public TariffRow row(long id) {
        return rows.stream().filter(r -> Objects.equals(r.id(), id)).findFirst()
                .orElseThrow(() -> new RuleViolation("tariff.error.not-found"));
    }

    private TariffRow single(TariffKind kind, YearMonth month) {
        return rows.stream().filter(r -> r.kind() == kind && r.validIn(month)).findFirst()
                .orElseThrow(() -> new RuleViolation("tariff.error.none", month.toString(), kind.name()));
    }

    private static long percentOf(BigDecimal percent, long rupiah) {
        return percent.multiply(BigDecimal.valueOf(rupiah)).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
