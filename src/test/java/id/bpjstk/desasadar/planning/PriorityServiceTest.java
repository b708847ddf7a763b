package id.bpjstk.desasadar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The ranked list on the real database: scope (a coordinator sees their regency only, a partner nothing), the figures
 * read from the coverage store, the criteria, events, sites and office read in bulk, the filters and the weights.
 */
@IntegrationTest
class PriorityServiceTest {

    /** Banyuasin I: Mariana (potential, workers in the store, a market), Mariana Ilir (an event 9 months ago), Sungai Rebo (a village head enrolled). */
    static final String MARIANA = "16.07.01.1016";
    static final String MARIANA_ILIR = "16.07.01.1021";
    static final String SUNGAI_REBO = "16.07.01.2001";
    static final String SUNGSANG = "16.07.02.2001";

    @Autowired PriorityService priorities;
    @Autowired OfficeService offices;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM village_profile WHERE village_code = ?", Integer.class, MARIANA) > 0) {
            return; // once per class: the database is reset before each test class
        }
        jdbc.update("UPDATE area SET lat = -2.95, lng = 104.80 WHERE code = ?", MARIANA);
        jdbc.update("UPDATE area SET lat = -2.955, lng = 104.81 WHERE code = ?", MARIANA_ILIR);
        jdbc.update("UPDATE area SET lat = -2.50, lng = 104.60 WHERE code = ?", SUNGAI_REBO);
        jdbc.update("INSERT INTO village_profile (village_code, potential, status, version) VALUES (?, 420, 'IN_PROGRESS', 0)", MARIANA);
        // the store says 40 enrolled, 28 active in Mariana; there is no such worker row: the list must read the store
        String month = LocalDate.now(ZoneId.of("Asia/Jakarta")).withDayOfMonth(1).minusMonths(5).toString();
        jdbc.update("""
                INSERT INTO coverage_cell (level, area_code, month, mou_id, enrolled_change, active_change)
                VALUES (4, ?, ?, 0, 40, 28)""", MARIANA, month);
        jdbc.update("""
                INSERT INTO site (name, type, lat, lng, village_code, version) VALUES ('Pasar Mariana', 'PASAR', -2.951, 104.801, ?, 0)""",
                MARIANA);
        LocalDateTime nineMonthsAgo = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusMonths(9).withHour(9);
        jdbc.update("""
                INSERT INTO outreach_event (title, type, planned_start, planned_end, village_code, officer, status, actual_attendance, version)
                VALUES ('Sosialisasi', 'SOSIALISASI_DESA', ?, ?, ?, 'koordinator.banyuasin', 'HELD', 30, 0)""",
                nineMonthsAgo, nineMonthsAgo.plusHours(2), MARIANA_ILIR);
        jdbc.update("""
                INSERT INTO worker (nik, full_name, sex, birth_date, occupation, village_code, village_role, jht, income_band, funding,
                                    enrolled_on, created_at, created_by)
                VALUES ('1607014101800001', 'Kades Sungai Rebo', 'L', '1980-01-01', 'PETANI', ?, 'KEPALA_DESA', FALSE, 1000000, 'SELF',
                        '2026-01-05', NOW(), 'test')""", SUNGAI_REBO);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_coordinator_sees_every_village_of_their_regency_and_nothing_else() {
        SignIn.as(users, "plan-banyuasin", Role.COORDINATOR, "16.07");

        List<VillagePriority> ranked = priorities.ranked(PriorityQuery.all());

        assertThat(ranked).hasSize(313).allSatisfy(p -> assertThat(p.code()).startsWith("16.07."));
        assertThat(ranked).extracting(VillagePriority::rank).startsWith(1, 2, 3);
        assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThatThrownBy(() -> priorities.ranked(PriorityQuery.area("16.71")))
                .isInstanceOf(RuleViolation.class).hasMessage("planning.error.area-out-of-scope");
    }

    @Test
    void a_coordinator_of_a_district_asking_for_the_regency_gets_only_their_district() {
        SignIn.as(users, "plan-banyuasin-1", Role.COORDINATOR, "16.07.01");

        assertThat(priorities.ranked(PriorityQuery.area("16.07"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).startsWith("16.07.01."));
    }

    @Test
    void a_partner_is_refused() {
        SignIn.as(users, "plan-partner", Role.PARTNER, "16.07");

        assertThatThrownBy(() -> priorities.ranked(PriorityQuery.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_regional_head_chooses_a_regency_of_their_province_rather_than_ranking_the_whole_province() {
        SignIn.as(users, "plan-jatim", Role.REGIONAL_HEAD, "35");

        assertThatThrownBy(() -> priorities.ranked(PriorityQuery.all()))
                .isInstanceOf(RuleViolation.class).hasMessage("planning.error.area-too-wide");
        assertThat(priorities.ranked(PriorityQuery.area("35.78"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.code()).startsWith("35.78."));
    }

    @Test
    void the_reasons_come_from_the_coverage_store_the_events_the_criteria_the_sites_and_the_office() {
        SignIn.as(users, "plan-banyuasin", Role.COORDINATOR, "16.07");

        List<VillagePriority> ranked = priorities.ranked(PriorityQuery.area("16.07.01"));
        VillagePriority mariana = find(ranked, MARIANA);
        VillagePriority ilir = find(ranked, MARIANA_ILIR);
        VillagePriority rebo = find(ranked, SUNGAI_REBO);

        assertThat(mariana.reasons()).contains(Reason.of("planning.reason.unreached", 420, 40L),
                Reason.of("planning.reason.lapsed", 12L), Reason.of("planning.reason.never-held"));
        assertThat(mariana.reasons()).anySatisfy(r -> assertThat(r.key()).isEqualTo("planning.reason.sites"));
        assertThat(mariana.reasons()).anySatisfy(r -> assertThat(r.key()).isEqualTo("planning.reason.distance"));
        assertThat(mariana.rank()).isEqualTo(1);
        // the market 100 m away counts for Mariana Ilir too (within 2 km)
        assertThat(ilir.reasons()).anySatisfy(r -> assertThat(r.key()).isEqualTo("planning.reason.sites"));
        assertThat(ilir.reasons()).contains(Reason.of("planning.reason.since-event", 9L));
        // criteria: Mariana lacks its head, its staff, a socialization and its share of potential; Sungai Rebo has its head
        assertThat(mariana.reasons()).contains(Reason.of("planning.reason.criteria", new Reason.Labels(List.of(
                "planning.criterion.VILLAGE_HEAD_ENROLLED", "planning.criterion.VILLAGE_STAFF_ENROLLED",
                "planning.criterion.SOCIALIZATION_HELD", "planning.criterion.SHARE_OF_POTENTIAL_ENROLLED"))));
        assertThat(rebo.reasons()).contains(Reason.of("planning.reason.criteria", new Reason.Labels(List.of(
                "planning.criterion.VILLAGE_STAFF_ENROLLED", "planning.criterion.SOCIALIZATION_HELD"))));
        // a village without coordinates has no distance; its office (KC Palembang, located by the demo) is named in others
        assertThat(find(ranked, "16.07.01.2002").reasons()).contains(Reason.of("planning.reason.village-unlocated"));
    }

    @Test
    void an_office_without_a_location_gives_no_distance_points_and_says_so() {
        SignIn.as(users, "plan-admin", Role.ADMIN, AreaScope.NATIONAL);
        jdbc.update("UPDATE area SET lat = -2.30, lng = 104.90 WHERE code = ?", SUNGSANG);
        // a branch of its own for Banyuasin II (the other tests' district keeps KC Palembang, which has a location)
        offices.save(null, "KCP-SUNGSANG-T", "KCP Sungsang", OfficeKind.KANTOR_CABANG_PERINTIS, List.of("16.07.02"), OfficeView.NEW);

        VillagePriority sungsang = find(priorities.ranked(PriorityQuery.area("16.07.02")), SUNGSANG);

        assertThat(sungsang.points(PriorityComponent.NEAR_OFFICE)).isZero();
        assertThat(sungsang.reasons()).contains(Reason.of("planning.reason.office-unlocated", "KCP Sungsang"));
    }

    @Test
    void filters_narrow_the_list_without_changing_ranks_or_scores() {
        SignIn.as(users, "plan-banyuasin", Role.COORDINATOR, "16.07");
        List<VillagePriority> all = priorities.ranked(PriorityQuery.area("16.07.01"));

        var inProgress = priorities.ranked(new PriorityQuery("16.07.01", DesignationStatus.IN_PROGRESS, null, false));
        var farmers = priorities.ranked(new PriorityQuery("16.07.01", null, Occupation.PETANI, false));
        var withSites = priorities.ranked(new PriorityQuery("16.07.01", null, null, true));

        assertThat(inProgress).extracting(VillagePriority::code).containsExactly(MARIANA);
        assertThat(inProgress.getFirst()).isEqualTo(find(all, MARIANA));
        assertThat(farmers).extracting(VillagePriority::code).containsExactly(SUNGAI_REBO);
        assertThat(withSites).extracting(VillagePriority::code).containsExactlyInAnyOrder(MARIANA, MARIANA_ILIR);
    }

    @Test
    void an_administrator_changes_the_weights_and_the_ranking_follows() {
        SignIn.as(users, "plan-admin", Role.ADMIN, AreaScope.NATIONAL);
        PriorityWeights before = priorities.weights();
        assertThat(before).usingRecursiveComparison().ignoringFields("version").isEqualTo(PriorityWeights.DEFAULTS);

        PriorityWeights saved = priorities.saveWeights(new PriorityWeights(0, 0, 0, 0, 0, 10, before.version()));
        try {
            assertThat(saved.nearOffice()).isEqualTo(10);
            assertThat(saved.version()).isEqualTo(before.version() + 1);
            // only nearness counts now: the village nearest to KC Palembang (Mariana Ilir or Mariana) leads
            assertThat(priorities.ranked(PriorityQuery.area("16.07.01")).getFirst().code()).isIn(MARIANA, MARIANA_ILIR);
            assertThat(find(priorities.ranked(PriorityQuery.area("16.07.01")), MARIANA).points(PriorityComponent.UNREACHED)).isZero();
        } finally {
            priorities.saveWeights(new PriorityWeights(30, 25, 15, 15, 10, 5, saved.version()));
        }
    }

    @Test
    void negative_or_missing_weights_and_all_zero_are_refused_and_change_nothing() {
        SignIn.as(users, "plan-admin", Role.ADMIN, AreaScope.NATIONAL);
        PriorityWeights now = priorities.weights();

        assertThatThrownBy(() -> priorities.saveWeights(new PriorityWeights(-1, 25, 15, 15, 10, 5, now.version())))
                .isInstanceOf(RuleViolation.class).hasMessage("planning.error.weight");
        assertThatThrownBy(() -> priorities.saveWeights(new PriorityWeights(Double.NaN, 25, 15, 15, 10, 5, now.version())))
                .isInstanceOf(RuleViolation.class).hasMessage("planning.error.weight");
        assertThatThrownBy(() -> priorities.saveWeights(new PriorityWeights(0, 0, 0, 0, 0, 0, now.version())))
                .isInstanceOf(RuleViolation.class).hasMessage("planning.error.weights-zero");
        assertThat(priorities.weights()).isEqualTo(now);
    }

    @Test
    void of_two_administrators_saving_the_weights_the_second_is_refused_and_the_first_kept() {
        SignIn.as(users, "plan-admin", Role.ADMIN, AreaScope.NATIONAL);
        PriorityWeights read = priorities.weights();

        PriorityWeights first = priorities.saveWeights(new PriorityWeights(40, 25, 15, 15, 10, 5, read.version()));
        assertThatThrownBy(() -> priorities.saveWeights(new PriorityWeights(10, 25, 15, 15, 10, 5, read.version())))
                .isInstanceOf(RuleViolation.class).hasMessage("planning.error.weights-conflict");
        assertThat(priorities.weights()).isEqualTo(first);
        priorities.saveWeights(new PriorityWeights(30, 25, 15, 15, 10, 5, first.version()));
    }

    @Test
    void only_an_administrator_sets_the_weights() {
        SignIn.as(users, "plan-banyuasin", Role.COORDINATOR, "16.07");

        assertThatThrownBy(() -> priorities.saveWeights(PriorityWeights.DEFAULTS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_office_location_outside_indonesia_or_half_given_is_refused() {
        SignIn.as(users, "plan-admin", Role.ADMIN, AreaScope.NATIONAL);

        assertThatThrownBy(() -> offices.save(null, "KC-X1", "KC X", OfficeKind.KANTOR_CABANG, List.of("16.07"), 104.7, -2.9, OfficeView.NEW))
                .isInstanceOf(RuleViolation.class).hasMessage("office.error.location-outside");
        assertThatThrownBy(() -> offices.save(null, "KC-X1", "KC X", OfficeKind.KANTOR_CABANG, List.of("16.07"), -2.9, null, OfficeView.NEW))
                .isInstanceOf(RuleViolation.class).hasMessage("office.error.location-half");
        assertThat(offices.list()).extracting(OfficeView::code).doesNotContain("KC-X1");

        OfficeView saved = offices.save(null, "KC-X1", "KC X", OfficeKind.KANTOR_CABANG, List.of("16.07"), -2.9761, 104.7754, OfficeView.NEW);
        assertThat(saved.located()).isTrue();
        // a save without location fields (the older form) keeps the recorded location
        OfficeView renamed = offices.save(saved.id(), "KC-X1", "KC X baru", OfficeKind.KANTOR_CABANG, List.of("16.07"), saved.version());
        assertThat(renamed.lat()).isEqualTo(-2.9761);
    }

    static VillagePriority find(List<VillagePriority> ranked, String code) {
        return ranked.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
