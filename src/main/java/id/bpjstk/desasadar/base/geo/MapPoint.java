package id.bpjstk.desasadar.base.geo;

/**
 * One clickable point of a map layer; {@code label} is plain text, never HTML (the marker's tooltip); {@code styleClass}
 * picks its look (a CSS class of the map, such as a status colour), or null for the layer's own; {@code badge} is a
 * short text drawn on the marker (a route stop's number), or null.
 */
public record MapPoint(String id, double lat, double lng, String label, String styleClass, String badge) {

    public MapPoint(String id, double lat, double lng, String label, String styleClass) {
        this(id, lat, lng, label, styleClass, null);
    }
}
