package id.bpjstk.desasadar.planning.route;

import java.util.List;

/** The result: each day's route in date order, the stops left out with their reasons, and the totals. */
public record RoutePlan(List<DayRoute> days, List<UnplannedStop> unplanned, RouteTotals totals) {

    public RoutePlan {
        days = List.copyOf(days);
        unplanned = List.copyOf(unplanned);
    }

    /** Every stop is planned and no rule is broken. */
    public boolean feasible() {
        return unplanned.isEmpty() && days.stream().noneMatch(DayRoute::hasIssues);
    }
}
