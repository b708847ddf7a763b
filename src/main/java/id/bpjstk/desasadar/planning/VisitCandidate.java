package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A village the coordinator put in the plan, before or after ordering: how long the visit takes, whether it is
 * locked to a day and place, and — for an appointment planned before — the event whose time it keeps
 * ({@code fixedStart}/{@code fixedEnd}) or — in a revision — the event the plan created for it ({@code eventId}).
 */
public record VisitCandidate(String villageCode, String villageName, GeoPoint point, Duration visit, LocalDate lockedDay,
                             Integer lockedPosition, Long eventId, LocalDateTime fixedStart, LocalDateTime fixedEnd) {

    public static final Duration DEFAULT_VISIT = Duration.ofMinutes(60);

    public static VisitCandidate of(String villageCode, String villageName, GeoPoint point, Duration visit) {
        return new VisitCandidate(villageCode, villageName, point, visit, null, null, null, null, null);
    }

    /** An event already planned for the officer: a stop at its own time, which the plan neither moves nor cancels. */
    public static VisitCandidate appointment(long eventId, String villageCode, String title, GeoPoint point, LocalDateTime start,
                                             LocalDateTime end) {
        return new VisitCandidate(villageCode, title, point, Duration.between(start, end), start.toLocalDate(), null, eventId, start, end);
    }

    public boolean fixed() {
        return fixedStart != null;
    }

    public boolean locked() {
        return lockedDay != null;
    }

    /** The key of this stop in a route problem: the village, or the appointment's event. */
    public String stopId() {
        return fixed() ? "event:" + eventId : villageCode;
    }

    public VisitCandidate withVisit(Duration newVisit) {
        return new VisitCandidate(villageCode, villageName, point, newVisit, lockedDay, lockedPosition, eventId, fixedStart, fixedEnd);
    }

    public VisitCandidate lockedTo(LocalDate day, Integer position) {
        return new VisitCandidate(villageCode, villageName, point, visit, day, position, eventId, fixedStart, fixedEnd);
    }

    public VisitCandidate unlocked() {
        return fixed() ? this : new VisitCandidate(villageCode, villageName, point, visit, null, null, eventId, null, null);
    }
}
