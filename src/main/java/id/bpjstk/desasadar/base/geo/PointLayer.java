package id.bpjstk.desasadar.base.geo;

import java.util.List;

/**
 * What a point layer shows for one viewport: either server-side clusters (far out, where drawing every
 * point would freeze a phone) or the individual points (close in). {@code total} counts both.
 */
public record PointLayer(List<MapCluster> clusters, List<MapPoint> points, int total) {
    public static final PointLayer EMPTY = new PointLayer(List.of(), List.of(), 0);
}
