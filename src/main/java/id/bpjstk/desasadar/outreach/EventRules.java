package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import java.time.LocalDateTime;

/**
 * The rules on an event's typed fields, one check per field: {@link EventService} applies them to every plan and the
 * event form binds each to its field (decision 033), so both refuse with the same words. The village, site, officer
 * and agents in scope are the service's.
 */
public final class EventRules {

    public static final int TITLE_MAX = OutreachEvent.TITLE_MAX;
    public static final int AUDIENCE_MAX = OutreachEvent.AUDIENCE_MAX;
    /** Above this an attendance figure is a typing error, not a socialization. */
    public static final int ATTENDANCE_MAX = 100_000;

    private EventRules() {
    }

    public static void title(String title) {
        if (title == null || title.isBlank() || CleanText.oneLine(title).length() > TITLE_MAX) {
            throw new RuleViolation("event.error.title", TITLE_MAX);
        }
    }

    public static void type(EventType type) {
        if (type == null) {
            throw new RuleViolation("event.error.type");
        }
    }

    /** Both given, the end after the start. */
    public static void when(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw new RuleViolation("event.error.when");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolation("event.error.end-before-start");
        }
    }

    /** The expected attendance is optional. */
    public static void expectedAttendance(Integer attendance) {
        if (attendance != null && (attendance < 0 || attendance > ATTENDANCE_MAX)) {
            throw new RuleViolation("event.error.attendance", ATTENDANCE_MAX);
        }
    }

    public static void audience(String audience) {
        if (audience != null && CleanText.oneLine(audience).length() > AUDIENCE_MAX) {
            throw new RuleViolation("event.error.audience-length", AUDIENCE_MAX);
        }
    }
}
