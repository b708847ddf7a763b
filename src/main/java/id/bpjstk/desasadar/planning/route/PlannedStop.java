package id.bpjstk.desasadar.planning.route;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One stop of a day's route.
 *
 * @param position   1 for the day's first stop
 * @param legIn      the drive from the previous stop (or the start point)
 * @param waiting    time spent waiting for the window to open (arrival → visit start)
 * @param issues     empty in an optimised plan; in a recomputed order, what breaks a rule
 */
public record PlannedStop(String stopId, int position, Leg legIn, LocalDateTime arrival, LocalDateTime visitStart,
                          LocalDateTime departure, Duration waiting, List<StopIssue> issues) {

    public PlannedStop {
        issues = List.copyOf(issues);
    }
}
