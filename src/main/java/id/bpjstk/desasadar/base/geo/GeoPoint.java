package id.bpjstk.desasadar.base.geo;

import id.bpjstk.desasadar.base.error.RuleViolation;

/** A WGS84 position (decimal degrees), such as a village centroid or an office. */
public record GeoPoint(double lat, double lng) {

    /** Mean Earth radius (IUGG), km: the haversine distance errs by at most ~0.5 % against the ellipsoid. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) {
            throw new RuleViolation("geo.error.out-of-range", lat, lng);
        }
    }

    /** Great-circle (haversine) distance in km; numerically stable for the short hops of a day's route. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLng = Math.toRadians(other.lng - lng);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
