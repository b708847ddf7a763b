package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The input rules: a plan that breaks one is refused with the first broken rule, before any solving. */
final class RouteValidation {

    /** The planner is interactive: beyond this the optimiser could not answer within its second. */
    static final int MAX_STOPS = 200;

    private RouteValidation() {
    }

    static void check(RouteProblem problem) {
        if (problem.start() == null) {
            throw new RuleViolation("route.error.no-start");
        }
        if (problem.days().isEmpty()) {
            throw new RuleViolation("route.error.no-days");
        }
        if (problem.stops().isEmpty()) {
            throw new RuleViolation("route.error.no-stops");
        }
        if (problem.stops().size() > MAX_STOPS) {
            throw new RuleViolation("route.error.too-many-stops", MAX_STOPS);
        }
        Set<LocalDate> dates = new HashSet<>();
        Duration longestDay = Duration.ZERO;
        for (RouteDay day : problem.days()) {
            if (day == null || day.date() == null || day.start() == null || day.end() == null) {
                throw new RuleViolation("route.error.day-incomplete");
            }
            if (!day.end().isAfter(day.start())) {
                throw new RuleViolation("route.error.hours-order", day.date(), day.start(), day.end());
            }
            if (!dates.add(day.date())) {
                throw new RuleViolation("route.error.day-twice", day.date());
            }
            Duration length = Duration.between(day.start(), day.end());
            longestDay = length.compareTo(longestDay) > 0 ? length : longestDay;
        }
        Set<String> ids = new HashSet<>();
        for (RouteStop stop : problem.stops()) {
            checkStop(stop, ids, longestDay);
        }
    }

    private static void checkStop(RouteStop stop, Set<String> ids, Duration longestDay) {
        if (stop == null || stop.id() == null || stop.id().isBlank()) {
            throw new RuleViolation("route.error.stop-id");
        }
        String id = stop.id();
        if (!ids.add(id)) {
            throw new RuleViolation("route.error.stop-twice", id);
        }
        if (stop.point() == null) {
            throw new RuleViolation("route.error.stop-point", id);
        }
        if (stop.visit() == null || !stop.visit().isPositive()) {
            throw new RuleViolation("route.error.visit-duration", id);
        }
        if (stop.visit().compareTo(longestDay) > 0) {
            throw new RuleViolation("route.error.visit-longer-than-day", id, stop.visit().toMinutes(), longestDay.toMinutes());
        }
        TimeWindow window = stop.window();
        if (window != null) {
            if (window.earliestStart() == null || window.latestStart() == null) {
                throw new RuleViolation("route.error.window-incomplete", id);
            }
            if (window.latestStart().isBefore(window.earliestStart())) {
                throw new RuleViolation("route.error.window-order", id, window.earliestStart(), window.latestStart());
            }
            if (!window.earliestStart().toLocalDate().equals(window.latestStart().toLocalDate())) {
                throw new RuleViolation("route.error.window-one-day", id);
            }
        }
        StopLock lock = stop.lock();
        if (lock != null) {
            if (lock.day() == null) {
                throw new RuleViolation("route.error.lock-day", id);
            }
            if (lock.position() != null && lock.position() < 1) {
                throw new RuleViolation("route.error.lock-position", id);
            }
            if (window != null && !window.earliestStart().toLocalDate().equals(lock.day())) {
                throw new RuleViolation("route.error.lock-window", id);
            }
        }
    }

    /** A coordinator's order for {@link RouteService#recompute}: known days, known stops, each stop at most once. */
    static void checkOrder(RouteProblem problem, Map<LocalDate, List<String>> order) {
        if (order == null) {
            throw new RuleViolation("route.error.no-stops");
        }
        Set<LocalDate> dates = new HashSet<>();
        problem.days().forEach(d -> dates.add(d.date()));
        Set<String> known = new HashSet<>();
        problem.stops().forEach(s -> known.add(s.id()));
        Set<String> seen = new HashSet<>();
        order.forEach((date, ids) -> {
            if (!dates.contains(date)) {
                throw new RuleViolation("route.error.order-day", date);
            }
            for (String id : ids) {
                if (!known.contains(id)) {
                    throw new RuleViolation("route.error.order-unknown-stop", id);
                }
                if (!seen.add(id)) {
                    throw new RuleViolation("route.error.stop-twice", id);
                }
            }
        });
    }
}
