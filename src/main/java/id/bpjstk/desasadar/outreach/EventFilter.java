package id.bpjstk.desasadar.outreach;

import java.time.LocalDateTime;

/**
 * What the event list and calendar ask for: events starting in {@code [from, to)}, optionally narrowed to a status,
 * an area (code prefix), the responsible officer (username) and a participating agent. Null means "any".
 */
public record EventFilter(LocalDateTime from, LocalDateTime to, EventStatus status, String areaCode, String officer,
                          Long agentId) {

    public static EventFilter period(LocalDateTime from, LocalDateTime to) {
        return new EventFilter(from, to, null, null, null, null);
    }
}
