package id.bpjstk.desasadar.planning.calendar;

import java.time.LocalDateTime;

/**
 * One VEVENT of a feed: times are wall-clock times in {@link ICalendarWriter#ZONE}; {@code sequence} grows with every
 * change of the event (its optimistic-lock version), so that calendar clients replace their copy.
 *
 * @param lat      village centroid, or null where none is recorded (then no GEO line)
 * @param url      the event's page in the app, or null
 */
public record CalendarEntry(String uid, long sequence, LocalDateTime start, LocalDateTime end, Status status,
                            String summary, String description, String location, Double lat, Double lng, String url) {

    /** RFC 5545 §3.8.1.11 statuses of a VEVENT. */
    public enum Status { TENTATIVE, CONFIRMED, CANCELLED }
}
