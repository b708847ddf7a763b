package id.bpjstk.desasadar.base.geo;

/**
 * One clickable point of a map layer; {@code label} is plain text, never HTML; {@code styleClass} picks
 * its look (a CSS class of the map, such as a status colour), or null for the layer's own.
 */
public record MapPoint(String id, double lat, double lng, String label, String styleClass) {
}
