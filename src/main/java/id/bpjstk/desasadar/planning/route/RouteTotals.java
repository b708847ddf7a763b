package id.bpjstk.desasadar.planning.route;

import java.time.Duration;

/**
 * @param distanceKm estimated road distance
 * @param driving    estimated driving time
 * @param total      from leaving the start point to returning there (driving, waiting and visits)
 */
public record RouteTotals(double distanceKm, Duration driving, Duration total) {

    public static final RouteTotals NONE = new RouteTotals(0, Duration.ZERO, Duration.ZERO);

    RouteTotals plus(RouteTotals other) {
        return new RouteTotals(distanceKm + other.distanceKm, driving.plus(other.driving), total.plus(other.total));
    }
}
