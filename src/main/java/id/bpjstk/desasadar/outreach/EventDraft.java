package id.bpjstk.desasadar.outreach;

import java.time.LocalDateTime;
import java.util.Set;

/** What a coordinator enters when planning an event; {@code officer} is a username, {@code agentIds} may be empty. */
public record EventDraft(String title, EventType type, LocalDateTime start, LocalDateTime end, String villageCode,
                         Long siteId, String officer, String audience, Integer expectedAttendance, Set<Long> agentIds) {

    public EventDraft {
        agentIds = agentIds == null ? Set.of() : Set.copyOf(agentIds);
    }

    public EventDraft(String title, EventType type, LocalDateTime start, LocalDateTime end, String villageCode, Long siteId,
                      String officer, String audience, Integer expectedAttendance) {
        this(title, type, start, end, villageCode, siteId, officer, audience, expectedAttendance, Set.of());
    }
}
