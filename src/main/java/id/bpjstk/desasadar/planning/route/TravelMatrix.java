package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.util.List;

/** Every leg of a plan, asked once: point 0 is the start, point i + 1 the problem's stop i. */
final class TravelMatrix {

    private final Leg[][] legs;

    TravelMatrix(TravelEstimates travel, GeoPoint start, List<RouteStop> stops) {
        int n = stops.size() + 1;
        GeoPoint[] points = new GeoPoint[n];
        points[0] = start;
        for (int i = 0; i < stops.size(); i++) {
            points[i + 1] = stops.get(i).point();
        }
        legs = new Leg[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                legs[a][b] = a == b ? Leg.NONE : travel.between(points[a], points[b]);
            }
        }
    }

    Leg leg(int from, int to) {
        return legs[from][to];
    }

    long seconds(int from, int to) {
        return legs[from][to].time().toSeconds();
    }
}
