package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapCluster;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * All village centroids (with their designation status) in memory, sorted by code, so that a scope ({@code 35.09}) is one contiguous
 * slice found by binary search and a national viewport is aggregated in a few milliseconds. 83,403
 * points take about 5 MB; the index is rebuilt lazily after an import changes coordinates, on every node (decision 022).
 */
@Component
class VillagePointIndex {

    /** Up to this many points in view are sent one by one; beyond it, as clusters. */
    static final int POINT_LIMIT = 1500;
    /** Cluster cell size on screen, in pixels. */
    private static final int CELL_PX = 64;

    /** The point style per designation status, as the map's stylesheet names them. */
    private static final String[] STYLES = java.util.Arrays.stream(DesignationStatus.values())
            .map(VillagePointIndex::styleClass).toArray(String[]::new);

    private final JdbcTemplate jdbc;
    private final LocalCache<Snapshot> snapshot;

    static String styleClass(DesignationStatus status) {
        return "village-point status-" + status.name().toLowerCase().replace('_', '-');
    }

    VillagePointIndex(JdbcTemplate jdbc, LocalCaches caches) {
        this.jdbc = jdbc;
        this.snapshot = caches.create("village points", this::load);
    }

    /** How far a point may lie from a village centroid and still be placed in that village. */
    static final double NEAREST_MAX_KM = 10;

    /** The code of the village whose centroid is nearest, within {@link #NEAREST_MAX_KM}; null if none. */
    String nearest(double lat, double lng) {
        Snapshot s = snapshot();
        double cosLat = Math.cos(Math.toRadians(lat));
        double best = Double.MAX_VALUE;
        int bestIndex = -1;
        for (int i = 0; i < s.codes.length; i++) {
            double dLat = s.lat[i] - lat;
            double dLng = (s.lng[i] - lng) * cosLat;
            double d2 = dLat * dLat + dLng * dLng;
            if (d2 < best) {
                best = d2;
                bestIndex = i;
            }
        }
        double km = Math.sqrt(best) * 111.32; // equirectangular: accurate to well under 1 % at 10 km
        return bestIndex >= 0 && km <= NEAREST_MAX_KM ? s.codes[bestIndex] : null;
    }

    /** Village coordinates are being changed in the caller's transaction: reloaded here and on every node. */
    void changed() {
        snapshot.changed();
    }

    /**
     * A village's designation is being changed in the caller's transaction: after the commit this node recolours it in
     * place rather than reload 83,403 rows; the other nodes reload.
     */
    void statusChanged(String code, DesignationStatus status) {
        snapshot.changedInPlace(s -> {
            int i = Arrays.binarySearch(s.codes, code);
            if (i >= 0) {
                s.status[i] = (byte) status.ordinal();
            }
        });
    }

    PointLayer layer(AreaScope scope, BoundingBox view, int zoom) {
        Snapshot s = snapshot();
        List<int[]> ranges = s.ranges(scope);
        int inView = 0;
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                if (view.contains(s.lat[i], s.lng[i])) {
                    inView++;
                }
            }
        }
        if (inView <= POINT_LIMIT) {
            List<MapPoint> points = new ArrayList<>(inView);
            for (int[] r : ranges) {
                for (int i = r[0]; i < r[1]; i++) {
                    if (view.contains(s.lat[i], s.lng[i])) {
                        points.add(new MapPoint(s.codes[i], s.lat[i], s.lng[i], s.names[i], STYLES[s.status[i]]));
                    }
                }
            }
            return new PointLayer(List.of(), points, inView);
        }
        return new PointLayer(clusters(s, ranges, view, zoom), List.of(), inView);
    }

    private static List<MapCluster> clusters(Snapshot s, List<int[]> ranges, BoundingBox view, int zoom) {
        double cell = CELL_PX * 360.0 / (256.0 * Math.pow(2, Math.max(0, zoom)));
        var cells = new HashMap<Long, Cell>();
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                float lat = s.lat[i];
                float lng = s.lng[i];
                if (view.contains(lat, lng)) {
                    long key = ((long) Math.floor(lat / cell) << 32) ^ ((long) Math.floor(lng / cell) & 0xffffffffL);
                    cells.computeIfAbsent(key, k -> new Cell()).add(lat, lng);
                }
            }
        }
        return cells.values().stream().map(Cell::toCluster).toList();
    }

    /** The extent of the villages in a scope, to open the map on what the user may see. */
    BoundingBox extent(AreaScope scope) {
        Snapshot s = snapshot();
        var cell = new Cell();
        for (int[] r : s.ranges(scope)) {
            for (int i = r[0]; i < r[1]; i++) {
                cell.add(s.lat[i], s.lng[i]);
            }
        }
        return cell.count == 0 ? null : cell.toCluster().extent();
    }

    private Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot load() {
        var codes = new ArrayList<String>();
        var names = new ArrayList<String>();
        var lats = new ArrayList<Float>();
        var lngs = new ArrayList<Float>();
        var statuses = new ArrayList<Byte>();
        jdbc.query("""
                SELECT a.code, a.name, a.lat, a.lng, COALESCE(p.status, 'CANDIDATE') FROM area a
                LEFT JOIN village_profile p ON p.village_code = a.code
                WHERE a.level = 'VILLAGE' AND a.lat IS NOT NULL ORDER BY a.code""", rs -> {
            codes.add(rs.getString(1));
            names.add(rs.getString(2));
            lats.add(rs.getFloat(3));
            lngs.add(rs.getFloat(4));
            statuses.add((byte) DesignationStatus.valueOf(rs.getString(5)).ordinal());
        });
        float[] lat = new float[lats.size()];
        float[] lng = new float[lngs.size()];
        byte[] status = new byte[statuses.size()];
        for (int i = 0; i < lat.length; i++) {
            lat[i] = lats.get(i);
            lng[i] = lngs.get(i);
            status[i] = statuses.get(i);
        }
        return new Snapshot(codes.toArray(String[]::new), names.toArray(String[]::new), lat, lng, status);
    }

    private record Snapshot(String[] codes, String[] names, float[] lat, float[] lng, byte[] status) {

        /** Index ranges [from, to) of the villages under each scope code. */
        List<int[]> ranges(AreaScope scope) {
            if (scope.isNational()) {
                return List.of(new int[] {0, codes.length});
            }
            var ranges = new ArrayList<int[]>();
            for (String c : scope.codes()) {
                if (AreaLevel.ofCode(c) == AreaLevel.VILLAGE) {
                    int i = Arrays.binarySearch(codes, c);
                    if (i >= 0) {
                        ranges.add(new int[] {i, i + 1});
                    }
                } else {
                    // '/' sorts right after '.', so [c + ".", c + "/") is exactly the codes under c
                    ranges.add(new int[] {lowerBound(c + "."), lowerBound(c + "/")});
                }
            }
            return merged(ranges);
        }

        /** Overlapping scopes (35 and 35.09) must not count a village twice. */
        private static List<int[]> merged(List<int[]> ranges) {
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            var out = new ArrayList<int[]>();
            for (int[] r : ranges) {
                int[] last = out.isEmpty() ? null : out.getLast();
                if (last != null && r[0] <= last[1]) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    out.add(r.clone());
                }
            }
            return out;
        }

        private int lowerBound(String key) {
            int i = Arrays.binarySearch(codes, key);
            return i >= 0 ? i : -i - 1;
        }
    }

    private static final class Cell {
        int count;
        double sumLat;
        double sumLng;
        double south = 90;
        double west = 180;
        double north = -90;
        double east = -180;

        void add(double lat, double lng) {
            count++;
            sumLat += lat;
            sumLng += lng;
            south = Math.min(south, lat);
            north = Math.max(north, lat);
            west = Math.min(west, lng);
            east = Math.max(east, lng);
        }

        MapCluster toCluster() {
            return new MapCluster(sumLat / count, sumLng / count, count, new BoundingBox(south, west, north, east));
        }
    }
}
