package id.bpjstk.desasadar.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.List;

/**
 * How a yearly target spreads over the months: evenly ({@link Kind#LINEAR}, the default), by twelve monthly weights
 * ({@link Kind#SHARES}: percentages or any non-negative numbers, taken in proportion), or as twelve running totals
 * ({@link Kind#CUMULATIVE}: whole numbers, never falling, the December one equal to the yearly value).
 *
 * @param months empty for LINEAR, else January to December
 */
public record TargetPhasing(Kind kind, List<BigDecimal> months) implements java.io.Serializable {

    public enum Kind { LINEAR, SHARES, CUMULATIVE }

    public static final TargetPhasing LINEAR = new TargetPhasing(Kind.LINEAR, List.of());

    public TargetPhasing {
        kind = kind == null ? Kind.LINEAR : kind;
        months = kind == Kind.LINEAR || months == null ? List.of() : List.copyOf(months);
    }

    /**
     * The part of {@code value} due from January to the end of {@code month}, rounded half up to a whole number.
     * Assumes a phasing that passed {@link TargetService}'s checks.
     */
    public long upTo(long value, Month month) {
        int m = month.getValue();
        return switch (kind) {
            case LINEAR -> BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(m))
                    .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
            case SHARES -> {
                BigDecimal total = months.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal sofar = months.subList(0, m).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                yield BigDecimal.valueOf(value).multiply(sofar).divide(total, 0, RoundingMode.HALF_UP).longValueExact();
            }
            case CUMULATIVE -> months.get(m - 1).longValueExact();
        };
    }

    /** The twelve values as stored and as the CSV column {@code bulanan} writes them: {@code 5|5|10|…}. */
    public String monthsText() {
        return String.join("|", months.stream().map(BigDecimal::toPlainString).toList());
    }
}
