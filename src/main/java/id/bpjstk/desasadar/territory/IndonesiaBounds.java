package id.bpjstk.desasadar.territory;

/**
 * A coarse bounding box around Indonesia in WGS84 degrees. Its purpose is to catch swapped or
 * garbage coordinates (e.g. lat/lng reversed, projected metres), not to test real territory.
 * Latitude reaches 0.1° past the round -11..6 so the outermost islands fit (Pulau Rondo 6.08°N,
 * Pulau Ndana 11.01°S); see docs/decisions/001-indonesia-bounds.md.
 */
public final class IndonesiaBounds {

    public static final double MIN_LAT = -11.1;
    public static final double MAX_LAT = 6.1;
    public static final double MIN_LNG = 94;
    public static final double MAX_LNG = 142;

    private IndonesiaBounds() {
    }

    /** Inclusive on every edge; NaN is never inside. */
    public static boolean contains(double lat, double lng) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lng >= MIN_LNG && lng <= MAX_LNG;
    }
}
