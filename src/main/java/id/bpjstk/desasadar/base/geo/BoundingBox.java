package id.bpjstk.desasadar.base.geo;

/** A latitude/longitude rectangle, as a map viewport or the extent of a set of points. */
public record BoundingBox(double south, double west, double north, double east) implements java.io.Serializable {

    public boolean contains(double lat, double lng) {
        return lat >= south && lat <= north && lng >= west && lng <= east;
    }

    public boolean intersects(double minLat, double minLng, double maxLat, double maxLng) {
        return minLat <= north && maxLat >= south && minLng <= east && maxLng >= west;
    }
}
