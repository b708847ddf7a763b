package id.bpjstk.desasadar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.base.geo.GeoPoint;
import id.bpjstk.desasadar.planning.route.GreatCircleTravel;
import id.bpjstk.desasadar.planning.route.RoutePlan;
import id.bpjstk.desasadar.planning.route.RouteService;
import id.bpjstk.desasadar.planning.route.RouteSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanAssemblyTest {

    static final LocalDate DAY = LocalDate.of(2030, 3, 4);
    static final StartPoint OFFICE = new StartPoint("Kantor", -2.90, 104.70);
    final RouteService routes = new RouteService(new GreatCircleTravel(RouteSettings.DEFAULTS), RouteSettings.DEFAULTS);

    @Test
    void an_optimised_route_becomes_a_draft_whose_visits_begin_when_the_route_says_and_appointments_keep_their_time() {
        LocalDateTime meeting = DAY.atTime(13, 0);
        List<VisitCandidate> picks = List.of(
                VisitCandidate.of("16.07.05.2002", "Pulau Rajak", new GeoPoint(-2.80, 104.75), Duration.ofMinutes(60)),
                VisitCandidate.of("16.07.05.2003", "Sungai Dua", new GeoPoint(-2.85, 104.80), Duration.ofMinutes(60)),
                VisitCandidate.appointment(42, "16.07.05.2004", "Rapat desa", new GeoPoint(-2.95, 104.75), meeting, meeting.plusHours(1)));

        RoutePlan route = routes.optimise(PlanAssembly.problem(OFFICE, DAY, DAY, LocalTime.of(8, 0), LocalTime.of(16, 0), picks));
        PlanDraft draft = PlanAssembly.draft("Kunjungan", "koordinator", Set.of(), OFFICE, DAY, DAY, LocalTime.of(8, 0),
                LocalTime.of(16, 0), picks, route);

        assertThat(route.unplanned()).isEmpty();
        assertThat(draft.stops()).hasSize(3);
        PlanStop appointment = draft.stops().stream().filter(PlanStop::fixed).findFirst().orElseThrow();
        assertThat(appointment.eventId()).isEqualTo(42L);
        assertThat(appointment.arrival()).isEqualTo(meeting);
        assertThat(draft.stops()).filteredOn(s -> !s.fixed()).allSatisfy(s -> {
            assertThat(s.eventId()).isNull();
            assertThat(Duration.between(s.arrival(), s.departure())).isEqualTo(Duration.ofMinutes(60));
            assertThat(s.arrival().toLocalTime()).isAfterOrEqualTo(LocalTime.of(8, 0));
        });
        for (int i = 1; i < draft.stops().size(); i++) {
            assertThat(draft.stops().get(i).arrival()).isAfterOrEqualTo(draft.stops().get(i - 1).departure());
        }
        assertThat(draft.totalKm()).isEqualTo(route.totals().distanceKm()).isPositive();
    }

    @Test
    void a_locked_visit_stays_on_its_day_when_the_route_is_optimised_again() {
        List<VisitCandidate> picks = List.of(
                VisitCandidate.of("16.07.05.2002", "Pulau Rajak", new GeoPoint(-2.80, 104.75), Duration.ofMinutes(60)).lockedTo(DAY.plusDays(1), null),
                VisitCandidate.of("16.07.05.2003", "Sungai Dua", new GeoPoint(-2.85, 104.80), Duration.ofMinutes(60)));

        RoutePlan route = routes.optimise(PlanAssembly.problem(OFFICE, DAY, DAY.plusDays(1), LocalTime.of(8, 0), LocalTime.of(16, 0), picks));
        PlanDraft draft = PlanAssembly.draft("Kunjungan", "koordinator", Set.of(), OFFICE, DAY, DAY.plusDays(1), LocalTime.of(8, 0),
                LocalTime.of(16, 0), picks, route);

        PlanStop locked = draft.stops().stream().filter(s -> s.villageCode().equals("16.07.05.2002")).findFirst().orElseThrow();
        assertThat(locked.arrival().toLocalDate()).isEqualTo(DAY.plusDays(1));
        assertThat(locked.locked()).isTrue();
    }
}
