package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.util.List;

/**
 * What to plan: the team (one vehicle: officers and agents who go together) leaves {@code start} (their office)
 * each day and returns there within the day's hours.
 */
public record RouteProblem(GeoPoint start, List<RouteDay> days, List<RouteStop> stops) {

    public RouteProblem {
        days = days == null ? List.of() : List.copyOf(days);
        stops = stops == null ? List.of() : List.copyOf(stops);
    }
}
