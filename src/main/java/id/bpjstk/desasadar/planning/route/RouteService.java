package id.bpjstk.desasadar.planning.route;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Orders a plan's visits: {@link #optimise} finds the days and order (most stops served, then least driving);
 * {@link #recompute} only times an order the coordinator gave. Pure computation: no database, no user; the
 * planning service that calls it enforces the caller's scope.
 */
@Service
public class RouteService {

    private final TravelEstimates travel;
    private final RouteSettings settings;

    public RouteService(TravelEstimates travel, RouteSettings settings) {
        this.travel = travel;
        this.settings = settings;
    }

    /**
     * The optimised plan. Stops that cannot fit any day on their own get their reason without being offered to
     * the solver; the others it may still leave out as {@link UnfitReason#NO_ROOM} when the days are full.
     *
     * @throws id.bpjstk.desasadar.base.error.RuleViolation when the problem breaks an input rule
     */
    public RoutePlan optimise(RouteProblem problem) {
        RouteValidation.check(problem);
        List<RouteDay> days = sortedDays(problem);
        List<RouteStop> stops = problem.stops();
        TravelMatrix matrix = new TravelMatrix(travel, problem.start(), stops);
        LocalDateTime epoch = days.getFirst().date().atStartOfDay();

        List<UnplannedStop> unplanned = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        List<int[]> allowed = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            Fit fit = fit(stops.get(i), i, days, matrix);
            if (fit.reason() != null) {
                unplanned.add(new UnplannedStop(stops.get(i).id(), fit.reason()));
            } else {
                candidates.add(i);
                allowed.add(fit.days().length == days.size() ? null : fit.days());
            }
        }

        List<List<Integer>> routes = new ArrayList<>();
        days.forEach(d -> routes.add(List.of()));
        if (!candidates.isEmpty()) {
            List<List<Integer>> solved = RouteSolver.solve(solverInput(days, stops, candidates, allowed, matrix, epoch),
                    settings.solverTimeLimit());
            Set<Integer> served = new LinkedHashSet<>();
            for (int d = 0; d < days.size(); d++) {
                List<Integer> route = solved.get(d).stream().map(candidates::get).toList();
                routes.set(d, route);
                served.addAll(route);
            }
            for (int i : candidates) {
                if (!served.contains(i)) {
                    unplanned.add(new UnplannedStop(stops.get(i).id(), UnfitReason.NO_ROOM));
                }
            }
        }
        return plan(days, routes, stops, matrix, unplanned);
    }

    /**
     * Times for the coordinator's own order (after dragging a stop): nothing is moved; each stop that breaks a rule
     * carries its {@link StopIssue}s, and stops in no day's list come back as {@link UnfitReason#NOT_IN_ORDER}.
     *
     * @param order per plan day, the stop ids in visiting order (days absent here get no stops)
     */
    public RoutePlan recompute(RouteProblem problem, Map<LocalDate, List<String>> order) {
        RouteValidation.check(problem);
        RouteValidation.checkOrder(problem, order);
        List<RouteDay> days = sortedDays(problem);
        List<RouteStop> stops = problem.stops();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < stops.size(); i++) {
            indexById.put(stops.get(i).id(), i);
        }
        TravelMatrix matrix = new TravelMatrix(travel, problem.start(), stops);
        List<List<Integer>> routes = new ArrayList<>();
        Set<Integer> placed = new LinkedHashSet<>();
        for (RouteDay day : days) {
            List<Integer> route = order.getOrDefault(day.date(), List.of()).stream().map(indexById::get).toList();
            routes.add(route);
            placed.addAll(route);
        }
        List<UnplannedStop> unplanned = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            if (!placed.contains(i)) {
                unplanned.add(new UnplannedStop(stops.get(i).id(), UnfitReason.NOT_IN_ORDER));
            }
        }
        return plan(days, routes, stops, matrix, unplanned);
    }

    private static List<RouteDay> sortedDays(RouteProblem problem) {
        return problem.days().stream().sorted(Comparator.comparing(RouteDay::date)).toList();
    }

    private static RoutePlan plan(List<RouteDay> days, List<List<Integer>> routes, List<RouteStop> stops,
                                  TravelMatrix matrix, List<UnplannedStop> unplanned) {
        List<DayRoute> dayRoutes = new ArrayList<>();
        RouteTotals totals = RouteTotals.NONE;
        for (int d = 0; d < days.size(); d++) {
            DayRoute route = Timetable.of(days.get(d), routes.get(d), stops, matrix);
            dayRoutes.add(route);
            totals = totals.plus(route.totals());
        }
        return new RoutePlan(dayRoutes, unplanned, totals);
    }

    /** The days a stop fits on its own, or why it fits none. */
    private record Fit(int[] days, UnfitReason reason) {
    }

    private static Fit fit(RouteStop stop, int index, List<RouteDay> days, TravelMatrix matrix) {
        List<Integer> fitting = new ArrayList<>();
        UnfitReason firstReason = null;
        boolean anyDay = false;
        boolean visitFitsSomeDay = false;
        for (int d = 0; d < days.size(); d++) {
            RouteDay day = days.get(d);
            if (!mayGoTo(stop, day.date())) {
                continue;
            }
            anyDay = true;
            visitFitsSomeDay |= stop.visit().compareTo(Duration.between(day.opens(), day.closes())) <= 0;
            UnfitReason reason = aloneOn(stop, index, day, matrix);
            if (reason == null) {
                fitting.add(d);
            } else if (firstReason == null) {
                firstReason = reason;
            }
        }
        if (!anyDay) {
            return new Fit(null, UnfitReason.NOT_A_PLAN_DAY);
        }
        if (fitting.isEmpty()) {
            return new Fit(null, visitFitsSomeDay ? firstReason : UnfitReason.VISIT_LONGER_THAN_DAY);
        }
        return new Fit(fitting.stream().mapToInt(Integer::intValue).toArray(), null);
    }

    private static boolean mayGoTo(RouteStop stop, LocalDate date) {
        return (stop.window() == null || stop.window().earliestStart().toLocalDate().equals(date))
                && (stop.lock() == null || stop.lock().day().equals(date));
    }

    /** Why the stop cannot be the day's only visit, or null when it can. */
    private static UnfitReason aloneOn(RouteStop stop, int index, RouteDay day, TravelMatrix matrix) {
        if (stop.visit().compareTo(Duration.between(day.opens(), day.closes())) > 0) {
            return UnfitReason.VISIT_LONGER_THAN_DAY;
        }
        TimeWindow window = stop.window();
        if (window != null && (window.latestStart().isBefore(day.opens())
                || window.earliestStart().plus(stop.visit()).isAfter(day.closes()))) {
            return UnfitReason.WINDOW_OUTSIDE_HOURS;
        }
        LocalDateTime arrival = day.opens().plus(matrix.leg(0, index + 1).time());
        if (window != null && arrival.isAfter(window.latestStart())) {
            return UnfitReason.WINDOW_UNREACHABLE;
        }
        LocalDateTime start = window != null && arrival.isBefore(window.earliestStart()) ? window.earliestStart() : arrival;
        if (start.plus(stop.visit()).plus(matrix.leg(index + 1, 0).time()).isAfter(day.closes())) {
            return UnfitReason.TOO_FAR_FOR_DAY;
        }
        return null;
    }

    private static RouteSolver.Input solverInput(List<RouteDay> days, List<RouteStop> stops, List<Integer> candidates,
                                                 List<int[]> allowed, TravelMatrix matrix, LocalDateTime epoch) {
        int n = candidates.size();
        long[][] seconds = new long[n + 1][n + 1];
        for (int a = 0; a <= n; a++) {
            for (int b = 0; b <= n; b++) {
                seconds[a][b] = matrix.seconds(a == 0 ? 0 : candidates.get(a - 1) + 1, b == 0 ? 0 : candidates.get(b - 1) + 1);
            }
        }
        long[] opens = days.stream().mapToLong(d -> secondsFrom(epoch, d.opens())).toArray();
        long[] closes = days.stream().mapToLong(d -> secondsFrom(epoch, d.closes())).toArray();
        long horizon = closes[closes.length - 1];
        long[] service = new long[n];
        long[] earliest = new long[n];
        long[] latest = new long[n];
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            RouteStop stop = stops.get(candidates.get(k));
            service[k] = stop.visit().toSeconds();
            earliest[k] = stop.window() == null ? 0 : Math.max(0, secondsFrom(epoch, stop.window().earliestStart()));
            latest[k] = stop.window() == null ? horizon : Math.min(horizon, secondsFrom(epoch, stop.window().latestStart()));
            position[k] = stop.lock() == null || stop.lock().position() == null ? 0 : stop.lock().position();
        }
        return new RouteSolver.Input(seconds, service, opens, closes, earliest, latest, allowed.toArray(int[][]::new), position);
    }

    private static long secondsFrom(LocalDateTime epoch, LocalDateTime t) {
        return Duration.between(epoch, t).toSeconds();
    }
}
