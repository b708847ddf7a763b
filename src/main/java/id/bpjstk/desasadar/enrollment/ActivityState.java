package id.bpjstk.desasadar.enrollment;

import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Whether a worker is active: active in a month when that month or one of the two before it is paid;
 * non-active from the third unpaid month on.
 *
 * <p>The two components are what a worker row keeps as columns, recomputed with {@link #of} whenever a
 * payment arrives (also a back-filled older month, which can join two runs): {@code paidThrough} is the
 * last paid month and {@code activeFrom} the first month of the run of payments that ends there, a run
 * going on while the gaps between paid months are shorter than three months. A query then answers
 * "active in month m" as {@code paid_through >= minimumPaidThrough(m)} without recomputing anything;
 * that answer is exact for every month from {@code activeFrom} on, in particular the current month.
 * For an older month use {@link #activeIn(Collection, YearMonth)} on the paid months.
 *
 * @param paidThrough null when nothing was ever paid
 * @param activeFrom  null when nothing was ever paid
 */
public record ActivityState(YearMonth paidThrough, YearMonth activeFrom) {

    /** Months a payment keeps a worker active: the paid month and the two after it. */
    public static final int MONTHS_COVERED = 3;

    public static final ActivityState NEVER_PAID = new ActivityState(null, null);

    /** The two stored values for a worker who paid for these months. */
    public static ActivityState of(Collection<YearMonth> paidMonths) {
        var paid = new TreeSet<>(paidMonths);
        if (paid.isEmpty()) {
            return NEVER_PAID;
        }
        YearMonth runStart = paid.last();
        for (YearMonth earlier = paid.lower(runStart); earlier != null && !earlier.plusMonths(MONTHS_COVERED).isBefore(runStart);
             earlier = paid.lower(earlier)) {
            runStart = earlier;
        }
        return new ActivityState(paid.last(), runStart);
    }

    /** The rule itself, for any month: one of {@code month} and the two months before it is paid. */
    public static boolean activeIn(Collection<YearMonth> paidMonths, YearMonth month) {
        return paidMonths.stream().anyMatch(p -> !p.isAfter(month) && !p.isBefore(minimumPaidThrough(month)));
    }

    /** The earliest last-paid month that keeps a worker active in {@code month} (for the SQL condition). */
    public static YearMonth minimumPaidThrough(YearMonth month) {
        return month.minusMonths(MONTHS_COVERED - 1);
    }

    /** Active in {@code month}, for months from {@link #activeFrom()} on (see the class comment). */
    public boolean activeIn(YearMonth month) {
        return paidThrough != null && !month.isBefore(activeFrom) && !paidThrough.isBefore(minimumPaidThrough(month));
    }

    /**
     * The month the status of {@code month} began: the start of the current run while active; the
     * third month after the last paid one when non-active; the enrollment month if never paid.
     */
    public YearMonth statusSince(YearMonth month, YearMonth enrolledIn) {
        if (paidThrough == null) {
            return enrolledIn;
        }
        return activeIn(month) ? activeFrom : paidThrough.plusMonths(MONTHS_COVERED);
    }
}
