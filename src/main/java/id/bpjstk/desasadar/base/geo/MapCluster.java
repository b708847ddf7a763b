package id.bpjstk.desasadar.base.geo;

/** Many points drawn as one: where it sits, how many it stands for, and the extent to zoom to. */
public record MapCluster(double lat, double lng, int count, BoundingBox extent) {
}
