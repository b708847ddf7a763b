package id.bpjstk.desasadar.outreach;

import java.time.LocalDateTime;

/** What a coordinator enters when planning an event; {@code officer} is a username. */
public record EventDraft(String title, EventType type, LocalDateTime start, LocalDateTime end, String villageCode,
                         Long siteId, String officer, String audience, Integer expectedAttendance) {
}
