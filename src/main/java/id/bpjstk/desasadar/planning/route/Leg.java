package id.bpjstk.desasadar.planning.route;

import java.time.Duration;

/** One drive between two points: an estimated road distance and driving time (whole seconds). */
public record Leg(double distanceKm, Duration time) {

    public static final Leg NONE = new Leg(0, Duration.ZERO);
}
