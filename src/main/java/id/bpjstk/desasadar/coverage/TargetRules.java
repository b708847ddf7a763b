package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules on one target that need no database, one check per field: {@link TargetService#check} applies them to
 * every draft (form and import alike), and the target form binds each to its field (decision 033), so that a bad
 * value is refused with the same words on the form and in the import report. Owner existence and the one target per
 * year, owner and measure are the service's.
 */
public final class TargetRules {

    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    public static final int NOTE_MAX = Target.NOTE_MAX;

    /** Thousands grouped by dots or spaces, as people write big figures: {@code 6.200.000.000.000}. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([. ]\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    /** More digits than a long holds. */
    private static final int DIGITS_MAX = 18;

    private TargetRules() {
    }

    public static int year(Integer year) {
        if (year == null || year < YEAR_MIN || year > YEAR_MAX) {
            throw new RuleViolation("target.error.year", YEAR_MIN, YEAR_MAX);
        }
        return year;
    }

    /** An area or an office; which of them exists and may own a target is the service's. */
    public static TargetOwner owner(TargetOwner owner) {
        if (owner == null) {
            throw new RuleViolation("target.error.owner");
        }
        return owner;
    }

    public static TargetMeasure measure(TargetMeasure measure) {
        if (measure == null) {
            throw new RuleViolation("target.error.measure");
        }
        return measure;
    }

    /**
     * A value as typed in the form or written in the file: whole units, digits grouped or not ({@code 6200000000000},
     * {@code 6.200.000.000.000}, {@code 6 200 000}); the refusal quotes it as typed.
     */
    public static long value(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("target.error.value-missing");
        }
        boolean negative = text.startsWith("-");
        String number = negative ? text.substring(1).strip() : text;
        String digits = GROUPED.matcher(number).matches() ? number.replace(".", "").replace(" ", "") : number;
        if (digits.length() > DIGITS_MAX || !WHOLE.matcher(digits).matches()) {
            throw new RuleViolation("target.csv.value", text);
        }
        if (negative) {
            throw new RuleViolation("target.error.value-negative", text);
        }
        return Long.parseLong(digits);
    }

    /** A value already a number (a draft): given and not negative. */
    public static long value(Long value) {
        if (value == null) {
            throw new RuleViolation("target.error.value-missing");
        }
        if (value < 0) {
            throw new RuleViolation("target.error.value-negative", value);
        }
        return value;
    }

    /** The twelve monthly figures as typed, {@code 5|5|8|…} (decimal comma or point); empty for a linear target. */
    public static TargetPhasing phasing(TargetPhasing.Kind kind, String months) {
        if (kind == null || kind == TargetPhasing.Kind.LINEAR) {
            return TargetPhasing.LINEAR;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String part : (months == null ? "" : months).split("\\|", -1)) {
            try {
                values.add(new BigDecimal(part.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new RuleViolation("target.csv.months", months);
            }
        }
        return new TargetPhasing(kind, values);
    }

    /** Twelve weights (not all zero), or twelve whole running totals never falling and ending at the yearly value. */
    public static void phasing(TargetPhasing p, long value) {
        if (p.kind() == TargetPhasing.Kind.LINEAR) {
            return;
        }
        List<BigDecimal> m = p.months();
        if (m.size() != 12) {
            throw new RuleViolation("target.error.phasing-count", m.size());
        }
        if (m.stream().anyMatch(v -> v == null || v.signum() < 0)) {
            throw new RuleViolation("target.error.phasing-negative");
        }
        if (p.monthsText().length() > Target.PHASING_MAX) {
            throw new RuleViolation("target.error.phasing-count", m.size());
        }
        if (p.kind() == TargetPhasing.Kind.SHARES) {
            if (m.stream().allMatch(v -> v.signum() == 0)) {
                throw new RuleViolation("target.error.phasing-zero");
            }
            return;
        }
        for (int i = 0; i < 12; i++) {
            if (m.get(i).stripTrailingZeros().scale() > 0) {
                throw new RuleViolation("target.error.phasing-whole");
            }
            if (i > 0 && m.get(i).compareTo(m.get(i - 1)) < 0) {
                throw new RuleViolation("target.error.phasing-decreasing", i + 1);
            }
        }
        if (m.get(11).compareTo(BigDecimal.valueOf(value)) != 0) {
            throw new RuleViolation("target.error.phasing-total", m.get(11).toPlainString(), value);
        }
    }

    /** The source note trimmed, null when empty; not longer than the column. */
    public static String note(String typed) {
        String note = typed == null || typed.isBlank() ? null : typed.strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new RuleViolation("target.error.note", NOTE_MAX);
        }
        return note;
    }
}
