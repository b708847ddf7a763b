package id.bpjstk.desasadar.enrollment;

import java.time.YearMonth;

/**
 * What an agent collected in the months {@code from}..{@code to} (by payment date) and the commission on it.
 * Rounding: payments are summed per commission rule in force on their payment date; each sum's commission is
 * rounded half-up to a whole rupiah, the sponsor's share of that commission likewise, and the agent keeps the
 * rest, so {@code agentShare + sponsorShare == commission} always holds.
 *
 * @param payments     how many payments the agent brought in
 * @param collected    every payment the agent brought in, whole rupiah
 * @param commission   the agent percentage of {@code collected} (0 for payments on a day without a rule)
 * @param sponsorShare the sponsoring organisation's percentage of {@code commission}
 * @param agentShare   what the agent keeps
 */
public record AgentCollection(long agentId, YearMonth from, YearMonth to, long payments, long collected, long commission,
                              long sponsorShare, long agentShare) {
}
