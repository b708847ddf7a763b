package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.time.Duration;

/**
 * A place to visit.
 *
 * @param id     the caller's key (a village code, an event id), returned unchanged in the plan
 * @param visit  how long the team stays
 * @param window when the visit may begin, or null for any time within a day's hours
 * @param lock   the coordinator's lock to a day (and position), or null
 */
public record RouteStop(String id, GeoPoint point, Duration visit, TimeWindow window, StopLock lock) {

    public static RouteStop of(String id, GeoPoint point, Duration visit) {
        return new RouteStop(id, point, visit, null, null);
    }

    public RouteStop withWindow(TimeWindow newWindow) {
        return new RouteStop(id, point, visit, newWindow, lock);
    }

    public RouteStop withLock(StopLock newLock) {
        return new RouteStop(id, point, visit, window, newLock);
    }
}
