package id.bpjstk.desasadar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PlanningServiceTest {

    static final String OFFICER = "plan-coordinator";
    private static final java.util.concurrent.atomic.AtomicInteger DAYS_AHEAD = new java.util.concurrent.atomic.AtomicInteger(7);
    /** A day of its own per test: the class shares its database, and the same officer would clash with himself. */
    final LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(DAYS_AHEAD.getAndIncrement());
    static final StartPoint OFFICE = new StartPoint("Kantor Cabang Banyuasin", -2.88, 104.72);
    static final List<String> VILLAGES = List.of("16.07.05.2002", "16.07.05.2003", "16.07.05.2004");

    @Autowired PlanningService planning;
    @Autowired EventService events;
    @Autowired EventQueries eventQueries;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(users, OFFICER, Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void saving_a_plan_creates_one_planned_event_per_stop_for_the_officer() {
        PlanView saved = planning.save(draft(stops(3)));

        assertThat(saved.stops()).hasSize(3).allSatisfy(s -> assertThat(s.eventStatus()).isEqualTo("PLANNED"));
        List<EventView> booked = eventQueries.plannedFor(OFFICER, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        assertThat(booked).extracting(EventView::villageCode).containsExactlyElementsOf(VILLAGES);
        assertThat(booked).extracting(EventView::start).containsExactly(at(9, 0), at(11, 0), at(13, 0));
        assertThat(booked.getFirst().title()).startsWith("Kunjungan ");
        assertThat(planning.list(day.minusDays(1), 10)).extracting(PlanView::id).contains(saved.id());
    }

    @Test
    void a_revision_moves_kept_visits_adds_new_ones_and_cancels_those_taken_out() {
        PlanView saved = planning.save(draft(stops(2)));
        PlanStop first = saved.stops().get(0).stop();
        PlanStop second = saved.stops().get(1).stop();
        // the second visit first and earlier, the first one dropped, a third village added
        List<PlanStop> revised = List.of(
                new PlanStop(second.villageCode(), at(8, 30), at(10, 0), 5, true, false, second.eventId()),
                PlanStop.visit(VILLAGES.get(2), at(10, 30), at(12, 0), 7));

        PlanView after = planning.revise(saved.id(), draft(revised), saved.version());

        assertThat(eventQueries.find(second.eventId()).orElseThrow().start()).isEqualTo(at(8, 30));
        assertThat(eventQueries.find(first.eventId()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(after.stops()).extracting(s -> s.stop().villageCode()).containsExactly(VILLAGES.get(1), VILLAGES.get(2));
        assertThat(after.stops().get(1).stop().eventId()).isNotNull();
        assertThat(after.stops().getFirst().stop().locked()).isTrue();
    }

    @Test
    void two_people_revising_the_same_plan_the_second_is_refused_and_the_first_kept() {
        PlanView saved = planning.save(draft(stops(2)));
        List<PlanStop> firstRevision = List.of(saved.stops().get(0).stop());
        planning.revise(saved.id(), draft(firstRevision), saved.version());

        assertViolation(() -> planning.revise(saved.id(), draft(stops(3)), saved.version()), "plan.error.conflict");
        assertThat(planning.find(saved.id()).orElseThrow().stops()).hasSize(1);
    }

    @Test
    void an_officer_already_booked_at_that_time_is_a_clash_and_nothing_is_saved() {
        EventView booked = events.plan(new EventDraft("Rapat desa", EventType.SOSIALISASI_DESA, at(11, 30), at(12, 30), VILLAGES.get(0),
                null, OFFICER, null, null));
        long plansBefore = count("visit_plan");
        long eventsBefore = count("outreach_event");

        assertThat(planning.clashes(draft(stops(3)), Set.of())).extracting(EventView::id).containsExactly(booked.id());
        assertViolation(() -> planning.save(draft(stops(3))), "plan.error.clash");
        assertThat(count("visit_plan")).isEqualTo(plansBefore);
        assertThat(count("outreach_event")).isEqualTo(eventsBefore);

        // kept as a fixed appointment of the route, the same booking is no clash
        List<PlanStop> withAppointment = new ArrayList<>(stops(1));
        withAppointment.add(new PlanStop(VILLAGES.get(0), at(11, 30), at(12, 30), 0, true, true, booked.id()));
        assertThat(planning.save(draft(withAppointment)).stops()).hasSize(2);
    }

    @Test
    void bad_plans_are_refused_with_their_reason_and_change_nothing() {
        long before = count("outreach_event");
        assertViolation(() -> planning.save(draft(List.of())), "plan.error.empty");
        PlanDraft good = draft(stops(2));
        assertViolation(() -> planning.save(new PlanDraft(good.title(), OFFICER, Set.of(), LocalDate.now().minusDays(2), LocalDate.now().minusDays(2),
                good.dayStart(), good.dayEnd(), OFFICE, good.stops(), 0)), "plan.error.past");
        assertViolation(() -> planning.save(new PlanDraft(good.title(), OFFICER, Set.of(), day, day, LocalTime.of(16, 0), LocalTime.of(8, 0),
                OFFICE, good.stops(), 0)), "plan.error.hours");
        assertViolation(() -> planning.save(new PlanDraft(good.title(), OFFICER, Set.of(), day, day, good.dayStart(), good.dayEnd(),
                null, good.stops(), 0)), "plan.error.start-point");
        assertViolation(() -> planning.save(draft(List.of(PlanStop.visit("35.78.01.1001", at(9, 0), at(10, 0), 1)))),
                "plan.error.village-out-of-scope");
        assertViolation(() -> planning.save(draft(List.of(PlanStop.visit(VILLAGES.get(0), at(6, 0), at(7, 0), 1)))),
                "plan.error.outside-hours");
        assertViolation(() -> planning.save(draft(List.of(PlanStop.visit(VILLAGES.get(0), at(9, 0), at(11, 0), 1),
                PlanStop.visit(VILLAGES.get(1), at(10, 0), at(12, 0), 1)))), "plan.error.overlap");
        assertThat(count("outreach_event")).isEqualTo(before);
    }

    @Test
    void regional_heads_read_plans_in_their_province_but_do_not_plan_and_partners_see_none() {
        PlanView saved = planning.save(draft(stops(2)));

        SignIn.as(users, "plan-head", Role.REGIONAL_HEAD, "16");
        assertThat(planning.find(saved.id())).isPresent();
        assertThat(planning.find(saved.id()).orElseThrow().editable()).isFalse();
        assertThatThrownBy(() -> planning.save(draft(stops(1)))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "plan-head-jatim", Role.REGIONAL_HEAD, "35");
        assertThat(planning.find(saved.id())).isEmpty();

        SignIn.as(users, "plan-partner", Role.PARTNER, "16.07");
        assertThatThrownBy(() -> planning.list(day, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private List<PlanStop> stops(int n) {
        List<PlanStop> stops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stops.add(PlanStop.visit(VILLAGES.get(i), at(9 + 2 * i, 0), at(10 + 2 * i, 30), 4 + i));
        }
        return stops;
    }

    private PlanDraft draft(List<PlanStop> stops) {
        return new PlanDraft("Kunjungan minggu depan", OFFICER, Set.of(), day, day, LocalTime.of(8, 0), LocalTime.of(16, 0), OFFICE,
                stops, 12.5);
    }

    private LocalDateTime at(int hour, int minute) {
        return day.atTime(hour, minute);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static void assertViolation(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
