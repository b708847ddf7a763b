package id.bpjstk.desasadar.enrollment;

import java.time.YearMonth;

/**
 * A worker's contribution for one month, whole rupiah. Rounding: each line (JKK, JHT, and each
 * discount) is rounded half-up to a whole rupiah on its own, and {@code total = jkk + jkm + jht - discount};
 * rupiah are billed without cents, and rounding lines (not only the total) keeps the printed lines
 * adding up to the total.
 *
 * @param band the declared monthly income band the percentages apply to
 */
public record ContributionBreakdown(YearMonth month, long band, long jkk, long jkm, long jht, long discount, long total) {
}
