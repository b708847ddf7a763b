package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * One tariff row, valid for the months {@code validFrom} to {@code validTo} (inclusive; open when null).
 * Bands and JKM carry a whole-rupiah {@code amount}; JKK, JHT and discounts a {@code percent}
 * ({@code 1.00} = 1 %); a discount also names the programmes it cuts. The constructor refuses values
 * no regulation would set, so a typing slip in the admin form cannot reach the bills.
 *
 * @param id null for a row not saved yet
 */
public record TariffRow(Long id, TariffKind kind, BigDecimal percent, Long amount, Set<Programme> programmes,
                        YearMonth validFrom, YearMonth validTo, String note) {

    public static final long MAX_BAND = 100_000_000;
    public static final long MAX_JKM = 100_000;
    public static final BigDecimal MAX_RATE_PERCENT = BigDecimal.TEN;
    public static final BigDecimal MAX_DISCOUNT_PERCENT = BigDecimal.valueOf(100);
    public static final int PERCENT_DECIMALS = 2;
    public static final int NOTE_MAX = 200;

    public TariffRow {
        if (kind == null || validFrom == null) {
            throw new RuleViolation("tariff.error.required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleViolation("tariff.error.period", validFrom.toString(), validTo.toString());
        }
        if (kind.hasAmount()) {
            long max = kind == TariffKind.INCOME_BAND ? MAX_BAND : MAX_JKM;
            if (amount == null || amount <= 0 || amount > max || percent != null) {
                throw new RuleViolation("tariff.error.amount", max);
            }
        } else {
            BigDecimal max = kind == TariffKind.DISCOUNT ? MAX_DISCOUNT_PERCENT : MAX_RATE_PERCENT;
            if (percent == null || percent.signum() <= 0 || percent.compareTo(max) > 0
                    || percent.stripTrailingZeros().scale() > PERCENT_DECIMALS || amount != null) {
                throw new RuleViolation("tariff.error.percent", max, PERCENT_DECIMALS);
            }
        }
        programmes = programmes == null || programmes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(programmes));
        if ((kind == TariffKind.DISCOUNT) == programmes.isEmpty()) {
            throw new RuleViolation("tariff.error.programmes");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new RuleViolation("tariff.error.note", NOTE_MAX);
        }
    }

    /**
     * A row of any kind from one entered {@code value}: whole rupiah for a band or JKM, a percentage
     * otherwise ({@code programmes} only for a discount). A fraction of a rupiah is refused.
     */
    public static TariffRow of(TariffKind kind, BigDecimal value, Set<Programme> programmes, YearMonth from, YearMonth to, String note) {
        if (kind != null && kind.hasAmount()) {
            if (value == null || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(MAX_BAND)) > 0) {
                throw new RuleViolation("tariff.error.amount", kind == TariffKind.INCOME_BAND ? MAX_BAND : MAX_JKM);
            }
            return new TariffRow(null, kind, null, value.longValueExact(), programmes, from, to, note);
        }
        return new TariffRow(null, kind, value, null, programmes, from, to, note);
    }

    public static TariffRow band(long rupiah, YearMonth from, YearMonth to, String note) {
        return new TariffRow(null, TariffKind.INCOME_BAND, null, rupiah, Set.of(), from, to, note);
    }

    public static TariffRow jkkRate(BigDecimal percent, YearMonth from, YearMonth to, String note) {
        return new TariffRow(null, TariffKind.JKK_RATE, percent, null, Set.of(), from, to, note);
    }

    public static TariffRow jkmAmount(long rupiah, YearMonth from, YearMonth to, String note) {
        return new TariffRow(null, TariffKind.JKM_AMOUNT, null, rupiah, Set.of(), from, to, note);
    }

    public static TariffRow jhtRate(BigDecimal percent, YearMonth from, YearMonth to, String note) {
        return new TariffRow(null, TariffKind.JHT_RATE, percent, null, Set.of(), from, to, note);
    }

    public static TariffRow discount(BigDecimal percent, Set<Programme> programmes, YearMonth from, YearMonth to, String note) {
        return new TariffRow(null, TariffKind.DISCOUNT, percent, null, programmes, from, to, note);
    }

    public boolean validIn(YearMonth month) {
        return !month.isBefore(validFrom) && (validTo == null || !month.isAfter(validTo));
    }

    /** The same row, valid up to and including {@code lastMonth}. */
    public TariffRow endingWith(YearMonth lastMonth) {
        return new TariffRow(id, kind, percent, amount, programmes, validFrom, lastMonth, note);
    }

    /**
     * Whether both rows would answer the same question in some month: two JKK rates, JKM amounts or JHT
     * rates; two bands of the same amount; two discounts on a common programme.
     */
    boolean clashesWith(TariffRow other) {
        boolean sameSlot = kind == other.kind && switch (kind) {
            case INCOME_BAND -> amount.equals(other.amount);
            case DISCOUNT -> programmes.stream().anyMatch(other.programmes::contains);
            default -> true;
        };
        return sameSlot && (validTo == null || !validTo.isBefore(other.validFrom))
                && (other.validTo == null || !other.validTo.isBefore(validFrom));
    }
}
