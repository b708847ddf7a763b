package id.bpjstk.desasadar.planning.route;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One day's route from the start point back to it. A day without stops departs and returns at its opening time.
 *
 * @param returnsAfterHours only in a recomputed order: the team is back after the day's end
 */
public record DayRoute(LocalDate date, LocalDateTime departure, List<PlannedStop> stops, Leg returnLeg,
                       LocalDateTime returnTime, RouteTotals totals, boolean returnsAfterHours) {

    public DayRoute {
        stops = List.copyOf(stops);
    }

    public boolean hasIssues() {
        return returnsAfterHours || stops.stream().anyMatch(s -> !s.issues().isEmpty());
    }
}
