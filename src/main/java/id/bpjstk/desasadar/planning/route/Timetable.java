package id.bpjstk.desasadar.planning.route;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Times of a day's route for a given order: leave at the day's opening, wait where a window is not yet open, and
 * then leave later by as much of the first wait as the earlier stops allow (nobody wants to sit outside a village
 * office). Flags what breaks a rule instead of refusing: a coordinator's own order may well break one.
 */
final class Timetable {

    private Timetable() {
    }

    /** @param order indices into {@code stops}; the matrix has the start as point 0 and stop i as point i + 1 */
    static DayRoute of(RouteDay day, List<Integer> order, List<RouteStop> stops, TravelMatrix matrix) {
        int n = order.size();
        Leg[] legs = new Leg[n];
        LocalDateTime[] arrival = new LocalDateTime[n];
        LocalDateTime[] start = new LocalDateTime[n];
        List<Set<StopIssue>> issues = new ArrayList<>();
        LocalDateTime t = day.opens();
        int previous = 0;
        for (int k = 0; k < n; k++) {
            RouteStop stop = stops.get(order.get(k));
            Set<StopIssue> found = EnumSet.noneOf(StopIssue.class);
            legs[k] = matrix.leg(previous, order.get(k) + 1);
            arrival[k] = t.plus(legs[k].time());
            start[k] = arrival[k];
            TimeWindow window = stop.window();
            if (window != null) {
                if (!window.earliestStart().toLocalDate().equals(day.date())) {
                    found.add(StopIssue.WRONG_DAY);
                } else if (arrival[k].isAfter(window.latestStart())) {
                    found.add(StopIssue.LATE_FOR_WINDOW);
                } else if (arrival[k].isBefore(window.earliestStart())) {
                    start[k] = window.earliestStart();
                }
            }
            t = start[k].plus(stop.visit());
            if (t.isAfter(day.closes())) {
                found.add(StopIssue.AFTER_HOURS);
            }
            issues.add(found);
            previous = order.get(k) + 1;
        }
        Duration delay = departureDelay(day, order, stops, arrival, start);
        Leg back = matrix.leg(previous, 0);
        LocalDateTime returnTime = t.plus(back.time());
        List<PlannedStop> planned = new ArrayList<>(n);
        double km = back.distanceKm();
        Duration driving = back.time();
        boolean delayed = true;
        for (int k = 0; k < n; k++) {
            Duration wait = Duration.between(arrival[k], start[k]);
            LocalDateTime arrive = arrival[k];
            LocalDateTime begin = start[k];
            if (delayed) {
                arrive = arrive.plus(delay);
                if (wait.isPositive()) {
                    wait = wait.minus(delay);
                    delayed = false;
                } else {
                    begin = begin.plus(delay);
                }
            }
            RouteStop stop = stops.get(order.get(k));
            planned.add(new PlannedStop(stop.id(), k + 1, legs[k], arrive, begin, begin.plus(stop.visit()), wait,
                    List.copyOf(issues.get(k))));
            km += legs[k].distanceKm();
            driving = driving.plus(legs[k].time());
        }
        LocalDateTime departure = day.opens().plus(delay);
        RouteTotals totals = new RouteTotals(km, driving, Duration.between(departure, returnTime));
        return new DayRoute(day.date(), departure, planned, back, returnTime, totals, returnTime.isAfter(day.closes()));
    }

    /** The first wait, less whatever would push an earlier stop past its window's latest start. */
    private static Duration departureDelay(RouteDay day, List<Integer> order, List<RouteStop> stops,
                                           LocalDateTime[] arrival, LocalDateTime[] start) {
        Duration delay = null;
        for (int k = 0; k < order.size(); k++) {
            if (start[k].isAfter(arrival[k])) {
                Duration wait = Duration.between(arrival[k], start[k]);
                delay = delay == null || wait.compareTo(delay) < 0 ? wait : delay;
                break;
            }
            TimeWindow window = stops.get(order.get(k)).window();
            if (window != null && window.latestStart().toLocalDate().equals(day.date())) {
                Duration slack = Duration.between(start[k], window.latestStart());
                delay = delay == null || slack.compareTo(delay) < 0 ? slack : delay;
            }
        }
        // no wait at all: leave at the opening; a late stop (negative slack) also keeps the opening
        boolean anyWait = false;
        for (int k = 0; k < order.size(); k++) {
            anyWait |= start[k].isAfter(arrival[k]);
        }
        if (!anyWait || delay == null || delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay;
    }
}
