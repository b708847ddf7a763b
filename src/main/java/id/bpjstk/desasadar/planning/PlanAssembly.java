package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import id.bpjstk.desasadar.planning.route.DayRoute;
import id.bpjstk.desasadar.planning.route.PlannedStop;
import id.bpjstk.desasadar.planning.route.RouteDay;
import id.bpjstk.desasadar.planning.route.RoutePlan;
import id.bpjstk.desasadar.planning.route.RouteProblem;
import id.bpjstk.desasadar.planning.route.RouteStop;
import id.bpjstk.desasadar.planning.route.StopLock;
import id.bpjstk.desasadar.planning.route.TimeWindow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Between the planner's picks and the two things made of them: the route problem the optimiser solves (every day of
 * the range with the same hours, appointments at their own time, locks kept) and the plan draft a save stores (the
 * visits in route order, each beginning when the route says the visit starts).
 */
public final class PlanAssembly {

    private PlanAssembly() {
    }

    public static RouteProblem problem(StartPoint start, LocalDate firstDay, LocalDate lastDay, LocalTime dayStart, LocalTime dayEnd,
                                       List<VisitCandidate> candidates) {
        List<RouteDay> days = new ArrayList<>();
        if (firstDay != null && lastDay != null) {
            for (LocalDate d = firstDay; !d.isAfter(lastDay) && days.size() <= PlanningService.DAYS_MAX; d = d.plusDays(1)) {
                days.add(new RouteDay(d, dayStart, dayEnd));
            }
        }
        List<RouteStop> stops = candidates.stream().map(PlanAssembly::stop).toList();
        return new RouteProblem(start == null ? null : new GeoPoint(start.lat(), start.lng()), days, stops);
    }

    private static RouteStop stop(VisitCandidate c) {
        RouteStop stop = RouteStop.of(c.stopId(), c.point(), c.visit());
        if (c.fixed()) {
            return stop.withWindow(TimeWindow.at(c.fixedStart()));
        }
        return c.locked() ? stop.withLock(new StopLock(c.lockedDay(), c.lockedPosition())) : stop;
    }

    /** The route's visits as a plan to save; appointments stay as they were (fixed), unplanned picks are not in it. */
    public static PlanDraft draft(String title, String officer, Set<Long> agentIds, StartPoint start, LocalDate firstDay, LocalDate lastDay,
                                  LocalTime dayStart, LocalTime dayEnd, List<VisitCandidate> candidates, RoutePlan route) {
        Map<String, VisitCandidate> byId = candidates.stream().collect(Collectors.toMap(VisitCandidate::stopId, Function.identity(), (a, b) -> a));
        List<PlanStop> stops = new ArrayList<>();
        for (DayRoute day : route.days()) {
            for (PlannedStop s : day.stops()) {
                VisitCandidate c = byId.get(s.stopId());
                if (c.fixed()) {
                    stops.add(new PlanStop(c.villageCode(), c.fixedStart(), c.fixedEnd(), s.legIn().distanceKm(), true, true, c.eventId()));
                } else {
                    stops.add(new PlanStop(c.villageCode(), s.visitStart(), s.departure(), s.legIn().distanceKm(), c.locked(), false, c.eventId()));
                }
            }
        }
        return new PlanDraft(title, officer, agentIds, firstDay, lastDay, dayStart, dayEnd, start, stops, route.totals().distanceKm());
    }

    /** The candidates of a saved plan, locked where the coordinator had locked them, for a revision. */
    public static List<VisitCandidate> candidates(PlanView plan, Function<String, GeoPoint> pointOf) {
        List<VisitCandidate> result = new ArrayList<>();
        for (PlanView.Stop s : plan.stops()) {
            PlanStop stop = s.stop();
            GeoPoint point = pointOf.apply(stop.villageCode());
            if (stop.fixed()) {
                result.add(VisitCandidate.appointment(stop.eventId(), stop.villageCode(), s.villageName(), point, stop.arrival(), stop.departure()));
                continue;
            }
            VisitCandidate c = new VisitCandidate(stop.villageCode(), s.villageName(), point,
                    java.time.Duration.between(stop.arrival(), stop.departure()), null, null, stop.eventId(), null, null);
            result.add(stop.locked() ? c.lockedTo(stop.arrival().toLocalDate(), null) : c);
        }
        return result;
    }
}
