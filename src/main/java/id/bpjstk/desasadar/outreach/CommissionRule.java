package id.bpjstk.desasadar.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A commission rule valid from a date (to a date, or open): the agent's share and the sponsor's share of it. */
public record CommissionRule(LocalDate validFrom, LocalDate validTo, BigDecimal agentPercent, BigDecimal sponsorPercent) {
}
