package id.bpjstk.desasadar.coverage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of whole months (a month, a quarter or a year). Flow figures (reached, new enrollments, payments, events)
 * add up over its months; stock figures (enrolled, active, non-active, active agents) are those of its last month.
 */
public record CoveragePeriod(YearMonth from, YearMonth to) {

    public CoveragePeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
    }

    public static CoveragePeriod month(YearMonth month) {
        return new CoveragePeriod(month, month);
    }

    public static CoveragePeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new CoveragePeriod(first, first.plusMonths(2));
    }

    public static CoveragePeriod year(int year) {
        return new CoveragePeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public List<YearMonth> months() {
        var months = new ArrayList<YearMonth>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The same months a year earlier, for "change against last year". */
    public CoveragePeriod yearBefore() {
        return new CoveragePeriod(from.minusYears(1), to.minusYears(1));
    }
}
