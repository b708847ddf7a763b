package id.bpjstk.desasadar.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A paid month as the worker's detail page and exports show it.
 *
 * @param amount         what was paid, whole rupiah
 * @param computedAmount what the tariffs asked for the month; differs from {@code amount} only with a reason
 * @param payerMouId     set when {@code payer} is {@link Payer#MOU}
 * @param payerAgentId   set when {@code payer} is {@link Payer#AGENT}
 */
public record ContributionView(long id, long workerId, YearMonth month, long amount, long computedAmount, String overrideReason,
                               LocalDate paidOn, Payer payer, Long payerMouId, Long payerAgentId, String recordedBy) {
}
