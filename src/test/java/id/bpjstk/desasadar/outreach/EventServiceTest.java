package id.bpjstk.desasadar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class EventServiceTest {

    static final String VILLAGE = "16.07.05.2002";
    static final LocalDateTime NOW = LocalDateTime.now(ZoneId.of("Asia/Jakarta"));

    @Autowired EventService events;
    @Autowired EventQueries eventQueries;
    @Autowired EventMapLayer eventLayer;
    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired UserService users;
    @Autowired AgentService agents;
    @Autowired id.bpjstk.desasadar.territory.AreaImportService areaImporter;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "event-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_planned_event_is_held_with_its_attendance_and_then_counts_as_socialization_held() {
        EventView planned = events.plan(draft(NOW.minusHours(3), NOW.minusHours(1)));
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(planned.villageName()).isEqualTo("Pulau Rajak");

        EventView held = events.markHeld(planned.id(), 85, "Banyak petani karet hadir", "40 mendaftar", planned.version());

        assertThat(held.status()).isEqualTo(EventStatus.HELD);
        assertThat(held.actualAttendance()).isEqualTo(85);
        assertThat(profileQueries.find(VILLAGE).orElseThrow().checks())
                .contains(new DesignationCheck(DesignationCheck.Criterion.SOCIALIZATION_HELD, DesignationCheck.State.MET));
        assertThat(eventQueries.ofVillage(VILLAGE, 100)).extracting(EventView::id).contains(planned.id());
    }

    @Test
    void bad_plans_are_refused_with_their_reason() {
        assertViolation(() -> events.plan(draft(NOW.plusDays(2), NOW.plusDays(1))), "event.error.end-before-start");
        assertViolation(() -> events.plan(new EventDraft("Sosialisasi", EventType.SOSIALISASI_DESA, NOW.plusDays(1), NOW.plusDays(1).plusHours(2),
                VILLAGE, null, "event-coordinator", null, 100_001)), "event.error.attendance");
        assertViolation(() -> events.plan(new EventDraft("Sosialisasi", EventType.SOSIALISASI_DESA, NOW.plusDays(1), NOW.plusDays(1).plusHours(2),
                VILLAGE, null, "event-coordinator", null, -5)), "event.error.attendance");
        assertViolation(() -> events.plan(new EventDraft("Sosialisasi", EventType.SOSIALISASI_DESA, NOW.plusDays(1), NOW.plusDays(1).plusHours(2),
                "35.78.01.1001", null, "event-coordinator", null, 50)), "event.error.village-out-of-scope");
        assertViolation(() -> events.plan(new EventDraft("Sosialisasi", EventType.SOSIALISASI_DESA, NOW.plusDays(1), NOW.plusDays(1).plusHours(2),
                VILLAGE, null, "kakanwil.jatim", null, 50)), "event.error.officer-out-of-scope");
        assertViolation(() -> events.plan(new EventDraft(" ", EventType.SOSIALISASI_DESA, NOW.plusDays(1), NOW.plusDays(1).plusHours(2),
                VILLAGE, null, "event-coordinator", null, 50)), "event.error.title");
    }

    @Test
    void an_event_that_has_not_started_cannot_be_logged_as_held() {
        EventView planned = events.plan(draft(NOW.plusDays(3), NOW.plusDays(3).plusHours(2)));

        assertViolation(() -> events.markHeld(planned.id(), 10, null, null, planned.version()), "event.error.held-in-future");
        assertViolation(() -> events.markHeld(planned.id(), -1, null, null, planned.version()), "event.error.attendance");
    }

    @Test
    void a_cancellation_needs_a_reason_and_a_cancelled_event_cannot_be_edited() {
        EventView planned = events.plan(draft(NOW.plusDays(1), NOW.plusDays(1).plusHours(2)));

        assertViolation(() -> events.cancel(planned.id(), " ", planned.version()), "event.error.reason-required");
        EventView cancelled = events.cancel(planned.id(), "Hujan deras", planned.version());
        assertThat(cancelled.cancelReason()).isEqualTo("Hujan deras");
        assertViolation(() -> events.update(planned.id(), draft(NOW.plusDays(2), NOW.plusDays(2).plusHours(1)), cancelled.version()),
                "event.error.cancelled");
    }

    @Test
    void of_two_people_saving_the_same_event_the_second_is_refused() {
        EventView planned = events.plan(draft(NOW.plusDays(1), NOW.plusDays(1).plusHours(2)));

        events.update(planned.id(), draft(NOW.plusDays(2), NOW.plusDays(2).plusHours(2)), planned.version());
        assertViolation(() -> events.update(planned.id(), draft(NOW.plusDays(5), NOW.plusDays(5).plusHours(2)), planned.version()),
                "event.error.conflict");
    }

    @Test
    void a_follow_up_is_planned_only_from_a_held_event() {
        EventView planned = events.plan(draft(NOW.minusDays(1), NOW.minusDays(1).plusHours(2)));
        assertViolation(() -> events.planFollowUp(planned.id(), draft(NOW.plusDays(7), NOW.plusDays(7).plusHours(2))),
                "event.error.follow-up-needs-held");

        EventView held = events.markHeld(planned.id(), 30, null, null, planned.version());
        EventView followUp = events.planFollowUp(held.id(), draft(NOW.plusDays(7), NOW.plusDays(7).plusHours(2)));
        assertThat(followUp.followUpOf()).isEqualTo(held.id());
    }

    @Test
    void a_regional_head_reads_events_of_the_region_and_plans_none() {
        EventView planned = events.plan(draft(NOW.plusDays(1), NOW.plusDays(1).plusHours(2)));
        SignIn.as(users, "event-sumsel-head", Role.REGIONAL_HEAD, "16");

        assertThat(eventQueries.find(planned.id())).get().satisfies(e -> assertThat(e.editable()).isFalse());
        assertThatThrownBy(() -> events.plan(draft(NOW.plusDays(1), NOW.plusDays(1).plusHours(2)))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "event-jatim-head", Role.REGIONAL_HEAD, "35");
        assertThat(eventQueries.find(planned.id())).isEmpty();
    }

    @Test
    void the_event_layer_shows_the_period_s_events_in_scope_at_their_village_styled_by_status() throws Exception {
        SignIn.as(users, "event-admin", Role.ADMIN, id.bpjstk.desasadar.base.security.AreaScope.NATIONAL);
        try (java.io.InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            areaImporter.importFile("centroids-mixed.csv", in, -1, id.bpjstk.desasadar.base.io.Progress.NONE);
        }
        SignIn.as(users, "event-coordinator", Role.COORDINATOR, "16.07");
        EventView planned = events.plan(new EventDraft("Sosialisasi Rebo", EventType.SOSIALISASI_DESA, NOW.plusDays(1),
                NOW.plusDays(1).plusHours(2), "16.07.01.2001", null, "event-coordinator", null, 40));
        var view = new id.bpjstk.desasadar.base.geo.BoundingBox(-3.1, 104.8, -2.9, 104.9);

        var points = eventLayer.points(view, NOW.minusDays(1), NOW.plusDays(30)).points();
        assertThat(points).filteredOn(p -> p.id().equals(Long.toString(planned.id())))
                .singleElement().satisfies(p -> assertThat(p.styleClass()).isEqualTo("event-point event-planned"));
        assertThat(eventLayer.points(view, NOW.plusDays(60), NOW.plusDays(90)).points())
                .noneMatch(p -> p.id().equals(Long.toString(planned.id())));

        SignIn.as(users, "event-jatim-reader", Role.REGIONAL_HEAD, "35");
        assertThat(eventLayer.points(view, NOW.minusDays(1), NOW.plusDays(30)).points()).isEmpty();
    }

    @Test
    void agents_take_part_only_in_events_of_their_own_regency() {
        AgentView local = agents.register("PRS-L" + System.nanoTime(), "Agen Banyuasin", null, "16.07.05",
                "Koperasi Karet", SponsorKind.KOPERASI, NOW.toLocalDate().minusMonths(1));
        SignIn.as(users, "event-admin-agents", Role.ADMIN, id.bpjstk.desasadar.base.security.AreaScope.NATIONAL);
        AgentView faraway = agents.register("PRS-F" + System.nanoTime(), "Agen Surabaya", null, "35.78.01",
                "CV Bahari", SponsorKind.CV, NOW.toLocalDate().minusMonths(1));

        EventView withLocal = events.plan(new EventDraft("Sosialisasi", EventType.SOSIALISASI_DESA, NOW.plusDays(1),
                NOW.plusDays(1).plusHours(2), VILLAGE, null, "event-coordinator", null, 20, java.util.Set.of(local.id())));
        assertThat(withLocal.agentIds()).containsExactly(local.id());
        assertViolation(() -> events.plan(new EventDraft("Sosialisasi", EventType.SOSIALISASI_DESA, NOW.plusDays(1),
                NOW.plusDays(1).plusHours(2), VILLAGE, null, "event-coordinator", null, 20, java.util.Set.of(faraway.id()))),
                "event.error.agent-out-of-scope");
    }

    @Test
    void the_list_narrows_by_area_status_officer_and_agent_and_never_leaves_the_scope() {
        SignIn.as(users, "event-list-admin", Role.ADMIN, id.bpjstk.desasadar.base.security.AreaScope.NATIONAL);
        AgentView agent = agents.register("PRS-FL" + System.nanoTime(), "Agen Filter", null, "16.07",
                "Yayasan Nelayan", SponsorKind.YAYASAN, NOW.toLocalDate().minusMonths(1));
        SignIn.as(users, "event-list-officer", Role.COORDINATOR, "16.07");
        // a day of its own, far ahead, so that other tests' events do not show up
        LocalDateTime day = NOW.plusYears(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        EventView withAgent = events.plan(new EventDraft("Dengan agen", EventType.SOSIALISASI_DESA, day, day.plusHours(2),
                VILLAGE, null, "event-list-officer", null, 20, java.util.Set.of(agent.id())));
        EventView otherDistrict = events.plan(new EventDraft("Kecamatan lain", EventType.JEMPUT_BOLA, day, day.plusHours(1),
                "16.07.01.2001", null, "event-list-officer", null, 10));
        SignIn.as(users, "event-coordinator", Role.COORDINATOR, "16.07");
        EventView byOther = events.plan(draft(day.plusHours(3), day.plusHours(4)));
        EventFilter theDay = EventFilter.period(day.minusHours(1), day.plusDays(1));

        assertThat(ids(theDay)).containsExactly(withAgent.id(), otherDistrict.id(), byOther.id());
        assertThat(ids(new EventFilter(theDay.from(), theDay.to(), null, "16.07.05", null, null)))
                .containsExactly(withAgent.id(), byOther.id());
        assertThat(ids(new EventFilter(theDay.from(), theDay.to(), null, null, "event-list-officer", null)))
                .containsExactly(withAgent.id(), otherDistrict.id());
        assertThat(ids(new EventFilter(theDay.from(), theDay.to(), null, null, null, agent.id()))).containsExactly(withAgent.id());
        assertThat(ids(new EventFilter(theDay.from(), theDay.to(), EventStatus.CANCELLED, null, null, null))).isEmpty();
        assertThat(eventQueries.officers()).contains("event-list-officer", "event-coordinator");

        SignIn.as(users, "event-list-district", Role.COORDINATOR, "16.07.01");
        assertThat(ids(theDay)).containsExactly(otherDistrict.id());
        SignIn.as(users, "event-list-jatim", Role.REGIONAL_HEAD, "35");
        assertThat(ids(theDay)).isEmpty();
        assertThat(eventQueries.officers()).doesNotContain("event-list-officer");
    }

    private java.util.List<Long> ids(EventFilter filter) {
        return eventQueries.list(filter, 0, 50).stream().map(EventView::id).toList();
    }

    private static EventDraft draft(LocalDateTime start, LocalDateTime end) {
        return new EventDraft("Sosialisasi BPU petani karet", EventType.SOSIALISASI_DESA, start, end, VILLAGE, null,
                "event-coordinator", "petani karet", 60);
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
