package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.time.Duration;

/** Test travel: 0.1° of longitude is 10 km, driven at 60 km/h, so a point's longitude × 100 reads as km and minutes. */
final class LineTravel implements TravelEstimates {

    static GeoPoint km(double km) {
        return new GeoPoint(0, km / 100);
    }

    @Override
    public Leg between(GeoPoint from, GeoPoint to) {
        double km = Math.round(Math.abs(from.lng() - to.lng()) * 100 * 1000) / 1000.0;
        return new Leg(km, Duration.ofMinutes(Math.round(km)));
    }
}
