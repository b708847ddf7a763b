package id.bpjstk.desasadar.outreach;

import java.time.YearMonth;

/**
 * What an agent collected in a month and the commission on it. Implemented by the enrollment feature (a Spring
 * bean), which records the payments; until then the agents screen shows no such figures.
 */
public interface AgentEarnings {

    /** @param agentShare the agent's part of the commission, after the sponsoring organisation's share */
    record Earnings(long collected, long commission, long agentShare) {
    }

    Earnings of(long agentId, YearMonth month);
}
