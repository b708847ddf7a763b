package id.bpjstk.desasadar.outreach;

import java.time.LocalDateTime;

/** An event as its page, list and panel show it. */
public record EventView(long id, String title, EventType type, LocalDateTime start, LocalDateTime end, String villageCode,
                        String villageName, Long siteId, String officer, String audience, Integer expectedAttendance,
                        EventStatus status, Integer actualAttendance, String notes, String outcome, String cancelReason,
                        Long followUpOf, java.util.Set<Long> agentIds, long version, boolean editable) {
}
