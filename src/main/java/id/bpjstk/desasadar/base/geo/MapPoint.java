package id.bpjstk.desasadar.base.geo;

/** One clickable point of a map layer; {@code label} is plain text, never HTML. */
public record MapPoint(String id, double lat, double lng, String label) {
}
