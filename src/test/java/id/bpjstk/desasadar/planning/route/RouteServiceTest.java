package id.bpjstk.desasadar.planning.route;

import static id.bpjstk.desasadar.planning.route.LineTravel.km;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final RouteDay MONDAY_8_TO_16 = new RouteDay(MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0));
    private static final RouteDay TUESDAY_8_TO_16 = new RouteDay(TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0));
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final RouteService service = new RouteService(new LineTravel(),
            RouteSettings.DEFAULTS.withSolverTimeLimit(Duration.ofMillis(300)));

    private static RouteStop stop(String id, double kmEast) {
        return RouteStop.of(id, km(kmEast), HALF_HOUR);
    }

    private static RouteProblem monday(RouteStop... stops) {
        return new RouteProblem(km(0), List.of(MONDAY_8_TO_16), List.of(stops));
    }

    private static List<String> order(DayRoute day) {
        return day.stops().stream().map(PlannedStop::stopId).toList();
    }

    private static PlannedStop find(RoutePlan plan, String id) {
        return plan.days().stream().flatMap(d -> d.stops().stream()).filter(s -> s.stopId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void villages_on_one_road_are_visited_without_driving_any_stretch_more_than_twice() {
        RoutePlan plan = service.optimise(monday(stop("c", 30), stop("a", 10), stop("e", 50), stop("b", 20), stop("d", 40)));

        assertThat(plan.feasible()).isTrue();
        assertThat(order(plan.days().getFirst())).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        // the optimum: out to the farthest village and back (which villages are on the way out does not matter)
        assertThat(plan.totals().driving()).isEqualTo(Duration.ofMinutes(100));
        assertThat(plan.totals().distanceKm()).isEqualTo(100.0);
        // 100 min driving + 5 visits of 30 min, leaving at 08:00
        assertThat(plan.totals().total()).isEqualTo(Duration.ofMinutes(250));
        assertThat(plan.days().getFirst().returnTime()).isEqualTo(MONDAY.atTime(12, 10));
    }

    @Test
    void the_shortest_round_trip_through_scattered_villages_is_found() {
        // seven villages around Palembang (real-looking positions), the exact optimum by trying every order
        GeoPoint office = new GeoPoint(-2.976, 104.775);
        double[][] at = {{-2.90, 104.70}, {-3.05, 104.82}, {-2.95, 104.90}, {-3.10, 104.65}, {-2.85, 104.85},
                {-3.00, 104.60}, {-2.92, 104.78}};
        List<RouteStop> stops = new java.util.ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            stops.add(RouteStop.of("v" + i, new GeoPoint(at[i][0], at[i][1]), Duration.ofMinutes(10)));
        }
        TravelEstimates travel = new GreatCircleTravel(RouteSettings.DEFAULTS);
        RouteService real = new RouteService(travel, RouteSettings.DEFAULTS.withSolverTimeLimit(Duration.ofMillis(300)));

        RouteDay long_ = new RouteDay(MONDAY, LocalTime.of(6, 0), LocalTime.of(21, 0));
        RoutePlan plan = real.optimise(new RouteProblem(office, List.of(long_), stops));

        assertThat(plan.unplanned()).isEmpty();
        assertThat(plan.totals().driving().toSeconds()).isEqualTo(bruteForce(travel, office, stops));
    }

    private static long bruteForce(TravelEstimates travel, GeoPoint office, List<RouteStop> stops) {
        return permutations(stops.size()).stream().mapToLong(order -> {
            long seconds = 0;
            GeoPoint at = office;
            for (int i : order) {
                seconds += travel.between(at, stops.get(i).point()).time().toSeconds();
                at = stops.get(i).point();
            }
            return seconds + travel.between(at, office).time().toSeconds();
        }).min().orElseThrow();
    }

    private static List<List<Integer>> permutations(int n) {
        if (n == 0) {
            return List.of(List.of());
        }
        List<List<Integer>> result = new java.util.ArrayList<>();
        for (List<Integer> shorter : permutations(n - 1)) {
            for (int pos = 0; pos <= shorter.size(); pos++) {
                List<Integer> longer = new java.util.ArrayList<>(shorter);
                longer.add(pos, n - 1);
                result.add(longer);
            }
        }
        return result;
    }

    @Test
    void each_stop_carries_its_leg_arrival_and_departure() {
        RoutePlan plan = service.recompute(monday(stop("a", 10), stop("b", 20)), Map.of(MONDAY, List.of("a", "b")));

        PlannedStop first = plan.days().getFirst().stops().getFirst();
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.legIn()).isEqualTo(new Leg(10, Duration.ofMinutes(10)));
        assertThat(first.arrival()).isEqualTo(MONDAY.atTime(8, 10));
        assertThat(first.departure()).isEqualTo(MONDAY.atTime(8, 40));
        assertThat(plan.days().getFirst().returnLeg().distanceKm()).isEqualTo(20.0);
    }

    @Test
    void an_appointment_is_kept_at_its_time_and_the_team_leaves_later_rather_than_wait() {
        RoutePlan plan = service.optimise(monday(stop("a", 10).withWindow(TimeWindow.at(MONDAY.atTime(10, 0)))));

        DayRoute day = plan.days().getFirst();
        assertThat(day.departure()).isEqualTo(MONDAY.atTime(9, 50));
        assertThat(day.stops().getFirst().visitStart()).isEqualTo(MONDAY.atTime(10, 0));
        assertThat(day.stops().getFirst().waiting()).isZero();
    }

    @Test
    void arriving_before_a_window_opens_means_waiting_when_an_earlier_appointment_fixes_the_departure() {
        RoutePlan plan = service.optimise(monday(
                stop("early", 10).withWindow(TimeWindow.at(MONDAY.atTime(8, 10))),
                stop("late", 20).withWindow(TimeWindow.at(MONDAY.atTime(10, 0)))));

        PlannedStop late = find(plan, "late");
        assertThat(late.arrival()).isEqualTo(MONDAY.atTime(8, 50));
        assertThat(late.visitStart()).isEqualTo(MONDAY.atTime(10, 0));
        assertThat(late.waiting()).isEqualTo(Duration.ofMinutes(70));
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void a_window_that_cannot_be_reached_in_time_is_listed_with_its_reason() {
        RoutePlan plan = service.optimise(monday(stop("near", 5),
                stop("far", 10).withWindow(new TimeWindow(MONDAY.atTime(7, 0), MONDAY.atTime(8, 5)))));

        assertThat(plan.unplanned()).containsExactly(new UnplannedStop("far", UnfitReason.WINDOW_UNREACHABLE));
        assertThat(order(plan.days().getFirst())).containsExactly("near");
        assertThat(plan.feasible()).isFalse();
    }

    @Test
    void a_window_is_met_even_when_it_forces_a_detour() {
        // the road order would be a, b; b's appointment at 08:25 leaves no time for a first
        RoutePlan plan = service.optimise(monday(stop("a", 10),
                stop("b", 20).withWindow(new TimeWindow(MONDAY.atTime(8, 0), MONDAY.atTime(8, 25)))));

        assertThat(order(plan.days().getFirst())).containsExactly("b", "a");
        assertThat(find(plan, "b").visitStart()).isBeforeOrEqualTo(MONDAY.atTime(8, 25));
    }

    @Test
    void stops_that_do_not_fit_the_day_are_listed_as_no_room_and_the_nearest_are_served() {
        RouteDay short_ = new RouteDay(MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0));
        RoutePlan plan = service.optimise(new RouteProblem(km(0), List.of(short_),
                List.of(stop("a", 10), stop("b", 20), stop("c", 30), stop("d", 40))));

        assertThat(order(plan.days().getFirst())).containsExactlyInAnyOrder("a", "b");
        assertThat(plan.unplanned()).containsExactlyInAnyOrder(new UnplannedStop("c", UnfitReason.NO_ROOM),
                new UnplannedStop("d", UnfitReason.NO_ROOM));
        assertThat(plan.days().getFirst().returnTime()).isBeforeOrEqualTo(MONDAY.atTime(10, 0));
    }

    @Test
    void a_village_too_far_for_a_return_within_the_day_is_listed_as_too_far() {
        RoutePlan plan = service.optimise(monday(stop("near", 10), stop("far", 300)));

        assertThat(plan.unplanned()).containsExactly(new UnplannedStop("far", UnfitReason.TOO_FAR_FOR_DAY));
    }

    @Test
    void an_appointment_outside_the_working_hours_or_the_plan_days_is_listed_with_its_reason() {
        RoutePlan plan = service.optimise(monday(stop("a", 10),
                stop("evening", 10).withWindow(TimeWindow.at(MONDAY.atTime(18, 0))),
                stop("friday", 10).withWindow(TimeWindow.at(MONDAY.plusDays(4).atTime(9, 0)))));

        assertThat(plan.unplanned()).containsExactlyInAnyOrder(
                new UnplannedStop("evening", UnfitReason.WINDOW_OUTSIDE_HOURS),
                new UnplannedStop("friday", UnfitReason.NOT_A_PLAN_DAY));
    }

    @Test
    void a_visit_longer_than_its_locked_day_is_listed_while_it_fits_another_day() {
        RouteDay saturday = new RouteDay(MONDAY.plusDays(5), LocalTime.of(8, 0), LocalTime.of(11, 0));
        RouteStop workshop = RouteStop.of("workshop", km(5), Duration.ofHours(5)).withLock(StopLock.toDay(saturday.date()));
        RoutePlan plan = service.optimise(new RouteProblem(km(0), List.of(MONDAY_8_TO_16, saturday), List.of(workshop)));

        assertThat(plan.unplanned()).containsExactly(new UnplannedStop("workshop", UnfitReason.VISIT_LONGER_THAN_DAY));
    }

    @Test
    void stops_spread_over_two_days_keep_their_appointments_and_locks() {
        RouteProblem problem = new RouteProblem(km(0), List.of(TUESDAY_8_TO_16, MONDAY_8_TO_16), List.of(
                stop("a", 10), stop("b", 20), stop("c", 30).withLock(new StopLock(TUESDAY, 1)),
                stop("d", 40).withWindow(TimeWindow.at(MONDAY.atTime(9, 0))),
                RouteStop.of("long", km(15), Duration.ofHours(6))));

        RoutePlan plan = service.optimise(problem);

        assertThat(plan.unplanned()).isEmpty();
        assertThat(plan.days()).extracting(DayRoute::date).containsExactly(MONDAY, TUESDAY);
        DayRoute monday = plan.days().get(0);
        DayRoute tuesday = plan.days().get(1);
        assertThat(order(monday)).contains("d");
        assertThat(order(tuesday).getFirst()).isEqualTo("c");
        assertThat(find(plan, "d").visitStart()).isEqualTo(MONDAY.atTime(9, 0));
        plan.days().forEach(d -> assertThat(d.returnTime()).isBeforeOrEqualTo(d.date().atTime(16, 0)));
    }

    @Test
    void the_same_plan_is_found_twice() {
        RouteProblem problem = monday(stop("a", 10), stop("b", 35), stop("c", 20), stop("d", 5), stop("e", 25));

        assertThat(service.optimise(problem)).isEqualTo(service.optimise(problem));
    }

    @Test
    void a_dragged_order_is_timed_as_given_and_its_broken_rules_are_flagged() {
        RouteProblem problem = new RouteProblem(km(0), List.of(MONDAY_8_TO_16), List.of(
                stop("a", 10), stop("b", 250).withWindow(TimeWindow.at(MONDAY.atTime(9, 0))), stop("c", 20)));

        RoutePlan plan = service.recompute(problem, Map.of(MONDAY, List.of("c", "b")));

        DayRoute day = plan.days().getFirst();
        assertThat(order(day)).containsExactly("c", "b");
        PlannedStop b = day.stops().get(1);
        // leaves 08:00, c at 08:20-08:50, 230 km on: b at 12:40, late for 09:00, back 250 km later at 17:20
        assertThat(b.arrival()).isEqualTo(MONDAY.atTime(12, 40));
        assertThat(day.returnTime()).isEqualTo(MONDAY.atTime(17, 20));
        assertThat(b.issues()).containsExactly(StopIssue.LATE_FOR_WINDOW);
        assertThat(day.returnsAfterHours()).isTrue();
        assertThat(plan.unplanned()).containsExactly(new UnplannedStop("a", UnfitReason.NOT_IN_ORDER));
        assertThat(plan.feasible()).isFalse();
    }

    @Test
    void a_dragged_order_that_breaks_nothing_is_feasible() {
        RoutePlan plan = service.recompute(monday(stop("a", 10), stop("b", 20)), Map.of(MONDAY, List.of("b", "a")));

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.totals().driving()).isEqualTo(Duration.ofMinutes(40));
        assertThat(find(plan, "a").position()).isEqualTo(2);
    }

    @Test
    void an_appointment_dragged_to_another_day_is_flagged() {
        RouteProblem problem = new RouteProblem(km(0), List.of(MONDAY_8_TO_16, TUESDAY_8_TO_16),
                List.of(stop("a", 10).withWindow(TimeWindow.at(MONDAY.atTime(9, 0)))));

        RoutePlan plan = service.recompute(problem, Map.of(TUESDAY, List.of("a")));

        assertThat(find(plan, "a").issues()).containsExactly(StopIssue.WRONG_DAY);
    }

    @Test
    void a_visit_that_ends_after_hours_is_flagged_in_a_dragged_order() {
        RouteDay short_ = new RouteDay(MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0));
        RouteProblem problem = new RouteProblem(km(0), List.of(short_), List.of(stop("a", 10), stop("b", 20)));

        RoutePlan plan = service.recompute(problem, Map.of(MONDAY, List.of("a", "b")));

        assertThat(find(plan, "a").issues()).isEmpty();
        assertThat(find(plan, "b").issues()).containsExactly(StopIssue.AFTER_HOURS);
    }

    @Test
    void an_empty_plan_is_refused() {
        assertRefused(new RouteProblem(km(0), List.of(MONDAY_8_TO_16), List.of()), "route.error.no-stops");
        assertRefused(new RouteProblem(km(0), List.of(), List.of(stop("a", 1))), "route.error.no-days");
        assertRefused(new RouteProblem(null, List.of(MONDAY_8_TO_16), List.of(stop("a", 1))), "route.error.no-start");
    }

    @Test
    void working_hours_that_end_before_they_start_are_refused() {
        RouteDay backwards = new RouteDay(MONDAY, LocalTime.of(16, 0), LocalTime.of(8, 0));
        assertRefused(new RouteProblem(km(0), List.of(backwards), List.of(stop("a", 1))), "route.error.hours-order");
    }

    @Test
    void a_visit_longer_than_every_day_is_refused() {
        assertRefused(monday(RouteStop.of("a", km(1), Duration.ofHours(9))), "route.error.visit-longer-than-day");
    }

    @Test
    void a_time_window_that_ends_before_it_starts_is_refused() {
        assertRefused(monday(stop("a", 1).withWindow(new TimeWindow(MONDAY.atTime(10, 0), MONDAY.atTime(9, 0)))),
                "route.error.window-order");
    }

    @Test
    void other_bad_stops_are_refused_with_their_rule() {
        assertRefused(monday(stop("a", 1), stop("a", 2)), "route.error.stop-twice");
        assertRefused(monday(RouteStop.of("a", km(1), Duration.ZERO)), "route.error.visit-duration");
        assertRefused(monday(stop("a", 1).withLock(new StopLock(MONDAY, 0))), "route.error.lock-position");
        assertRefused(monday(stop("a", 1).withLock(StopLock.toDay(TUESDAY))
                .withWindow(TimeWindow.at(MONDAY.atTime(9, 0)))), "route.error.lock-window");
    }

    @Test
    void an_order_naming_an_unknown_stop_is_refused() {
        assertThatThrownBy(() -> service.recompute(monday(stop("a", 1)), Map.of(MONDAY, List.of("x"))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("route.error.order-unknown-stop"));
    }

    private void assertRefused(RouteProblem problem, String key) {
        assertThatThrownBy(() -> service.optimise(problem))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
