package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The offline estimate: great-circle distance × road factor ÷ average speed. No road network is available
 * offline, so the UI labels these figures as estimates.
 */
@Component
public class GreatCircleTravel implements TravelEstimates {

    private final double roadFactor;
    private final double averageSpeedKmh;

    public GreatCircleTravel(RouteSettings settings) {
        this.roadFactor = settings.roadFactor();
        this.averageSpeedKmh = settings.averageSpeedKmh();
    }

    @Override
    public Leg between(GeoPoint from, GeoPoint to) {
        double km = from.distanceKm(to) * roadFactor;
        // whole seconds: the optimiser works in integers, and the reported times must add up to what it optimised
        return new Leg(km, Duration.ofSeconds(Math.round(km / averageSpeedKmh * 3600)));
    }
}
