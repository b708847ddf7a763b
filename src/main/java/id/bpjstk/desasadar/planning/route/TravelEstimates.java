package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.geo.GeoPoint;

/**
 * Where driving distances and times come from. Only estimates exist offline ({@link GreatCircleTravel}); a
 * road-network service can replace it as another bean implementing this interface (mark it {@code @Primary}).
 * Must be cheap: the optimiser asks once for every ordered pair of a plan's points (legs may differ by direction).
 */
public interface TravelEstimates {

    Leg between(GeoPoint from, GeoPoint to);
}
