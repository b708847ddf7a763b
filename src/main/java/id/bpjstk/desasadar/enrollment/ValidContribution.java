package id.bpjstk.desasadar.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;

/** A payment that passed {@link ContributionRules}: ready to store, by the form or by an import. */
public record ValidContribution(long workerId, YearMonth month, long amount, long computedAmount, String overrideReason,
                                LocalDate paidOn, Payer payer, Long payerMouId, Long payerAgentId) {
}
