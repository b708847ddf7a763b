package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class VillageProfileTest {

    /** Each test works on its own village, so tests sharing the database do not meet. */
    static final String VILLAGE = "16.07.02.2001";
    static final long NEW = VillageProfileView.UNSAVED;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired VillageExport villageExport;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired AreaService areas;
    @Autowired AreaImportService importer;
    @Autowired AreaOverviewService overview;

    @BeforeEach
    void freshProfile() {
        jdbc.update("DELETE FROM village_profile_change WHERE village_code LIKE '16.07.02.%'");
        jdbc.update("DELETE FROM village_profile WHERE village_code LIKE '16.07.02.%'");
        SignIn.as(users, "profile-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_village_without_a_profile_is_a_candidate_with_no_criterion_met_and_no_share_without_a_potential() {
        VillageProfileView v = profileQueries.find(VILLAGE).orElseThrow();

        assertThat(v.status()).isEqualTo(DesignationStatus.CANDIDATE);
        assertThat(v.village().name()).isEqualTo("Sungsang I");
        assertThat(v.checks()).containsExactly(
                new DesignationCheck(DesignationCheck.Criterion.VILLAGE_HEAD_ENROLLED, DesignationCheck.State.NOT_MET),
                new DesignationCheck(DesignationCheck.Criterion.VILLAGE_STAFF_ENROLLED, DesignationCheck.State.NOT_MET),
                new DesignationCheck(DesignationCheck.Criterion.SOCIALIZATION_HELD, DesignationCheck.State.NOT_MET),
                new DesignationCheck(DesignationCheck.Criterion.SHARE_OF_POTENTIAL_ENROLLED, DesignationCheck.State.NOT_TRACKED));
        assertThat(v.editable()).isTrue();
    }

    @Test
    void the_villages_of_an_area_are_counted_per_status_and_those_without_a_profile_are_candidates() {
        long villages = jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND code LIKE '16.07.02.%'", Long.class);
        String second = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE level = 'VILLAGE' AND code LIKE '16.07.02.%' AND code > ?",
                String.class, VILLAGE);
        long version = profileQueries.find(VILLAGE).orElseThrow().version();
        profiles.changeStatus(VILLAGE, DesignationStatus.IN_PROGRESS, null, null, null, version);
        profiles.updateOutreach(second, 50, null, profileQueries.find(second).orElseThrow().version()); // a profile, still a candidate

        assertThat(overview.villagesByStatus("16.07.02")).containsExactly(
                java.util.Map.entry(DesignationStatus.CANDIDATE, villages - 1), java.util.Map.entry(DesignationStatus.IN_PROGRESS, 1L),
                java.util.Map.entry(DesignationStatus.DESIGNATED, 0L), java.util.Map.entry(DesignationStatus.REVOKED, 0L));
        // a coordinator of 16.07 sees nothing of another regency, and the province only as far as their regency goes
        assertThat(overview.villagesByStatus("35").values()).containsOnly(0L);
        var expected = new java.util.EnumMap<DesignationStatus, Long>(DesignationStatus.class);
        for (DesignationStatus s : DesignationStatus.values()) {
            expected.put(s, 0L);
        }
        jdbc.query("""
                SELECT COALESCE(p.status, 'CANDIDATE'), COUNT(*) FROM area a LEFT JOIN village_profile p ON p.village_code = a.code
                WHERE a.level = 'VILLAGE' AND a.code LIKE '16.07.%' GROUP BY 1""", rs -> {
            expected.put(DesignationStatus.valueOf(rs.getString(1)), rs.getLong(2));
        });
        assertThat(overview.villagesByStatus("16")).isEqualTo(expected);
    }

    @Test
    void a_village_goes_from_candidate_to_designated_and_every_step_is_in_the_history() {
        long version = profileQueries.find(VILLAGE).orElseThrow().version();
        version = profiles.changeStatus(VILLAGE, DesignationStatus.IN_PROGRESS, null, null, null, version).version();
        VillageProfileView v = profiles.changeStatus(VILLAGE, DesignationStatus.DESIGNATED, TODAY.minusDays(3),
                "SK 12/2026", null, version);

        assertThat(v.status()).isEqualTo(DesignationStatus.DESIGNATED);
        assertThat(v.statusDate()).isEqualTo(TODAY.minusDays(3));
        assertThat(v.decreeNumber()).isEqualTo("SK 12/2026");
        assertThat(v.history()).hasSize(2).allSatisfy(c -> {
            assertThat(c.by()).isEqualTo("profile-coordinator");
            assertThat(c.field()).isEqualTo("status");
        });
        assertThat(v.history().getFirst().from()).isEqualTo("IN_PROGRESS");
        assertThat(v.history().getFirst().to()).contains("DESIGNATED", "SK 12/2026");
        assertThat(v.history().getLast().from()).isEqualTo("CANDIDATE");
    }

    @Test
    void a_revocation_needs_a_reason_and_then_keeps_it() {
        long version = designated();

        assertViolation(() -> profiles.changeStatus(VILLAGE, DesignationStatus.REVOKED, TODAY, null, "  ", version),
                "profile.error.reason-required");
        VillageProfileView v = profiles.changeStatus(VILLAGE, DesignationStatus.REVOKED, TODAY, null, "Kepala desa mundur", version);
        assertThat(v.status()).isEqualTo(DesignationStatus.REVOKED);
        assertThat(v.revokeReason()).isEqualTo("Kepala desa mundur");
    }

    @Test
    void a_designation_dated_in_the_future_or_without_decree_is_refused_and_changes_nothing() {
        long version = profiles.changeStatus(VILLAGE, DesignationStatus.IN_PROGRESS, null, null, null, NEW).version();

        assertViolation(() -> profiles.changeStatus(VILLAGE, DesignationStatus.DESIGNATED, TODAY.plusDays(1), "SK 1", null, version),
                "profile.error.date-future");
        assertViolation(() -> profiles.changeStatus(VILLAGE, DesignationStatus.DESIGNATED, TODAY, " ", null, version),
                "profile.error.decree-required");
        assertViolation(() -> profiles.changeStatus(VILLAGE, DesignationStatus.DESIGNATED, null, "SK 1", null, version),
                "profile.error.date-required");
        assertThat(profileQueries.find(VILLAGE).orElseThrow().status()).isEqualTo(DesignationStatus.IN_PROGRESS);
    }

    @Test
    void a_candidate_cannot_jump_to_designated() {
        assertViolation(() -> profiles.changeStatus(VILLAGE, DesignationStatus.DESIGNATED, TODAY, "SK 1", null, NEW),
                "profile.error.transition");
    }

    @Test
    void of_two_people_saving_the_same_profile_the_second_is_refused_and_the_first_kept() {
        long seenByBoth = profileQueries.find(VILLAGE).orElseThrow().version();

        profiles.updateOutreach(VILLAGE, 1200, "first", seenByBoth);
        assertViolation(() -> profiles.updateOutreach(VILLAGE, 900, "second", seenByBoth), "profile.error.conflict");

        VillageProfileView v = profileQueries.find(VILLAGE).orElseThrow();
        assertThat(v.potential()).isEqualTo(1200);
        assertThat(v.notes()).isEqualTo("first");
    }

    @Test
    void potential_and_notes_out_of_bounds_are_refused() {
        assertViolation(() -> profiles.updateOutreach(VILLAGE, -1, null, NEW), "profile.error.potential");
        assertViolation(() -> profiles.updateOutreach(VILLAGE, VillageProfileService.POTENTIAL_MAX + 1, null, NEW), "profile.error.potential");
        assertViolation(() -> profiles.updateOutreach(VILLAGE, 10, "x".repeat(VillageProfileService.NOTES_MAX + 1), NEW),
                "profile.error.notes-length");
        assertThat(profileQueries.find(VILLAGE).orElseThrow().potential()).isNull();
    }

    @Test
    void out_of_scope_villages_are_not_found_and_regional_heads_only_read() {
        SignIn.as(users, "profile-jatim", Role.REGIONAL_HEAD, "35");
        assertThat(profileQueries.find(VILLAGE)).isEmpty();
        assertThat(profileQueries.find("35.78.01.1001")).get().satisfies(v -> assertThat(v.editable()).isFalse());
        assertThatThrownBy(() -> profiles.updateOutreach("35.78.01.1001", 5, null, NEW)).isInstanceOf(AccessDeniedException.class);
        assertViolation(() -> profiles.updateOutreach(VILLAGE, 5, null, NEW), "village.not-found");
    }

    @Test
    void the_villages_list_is_scoped_filtered_and_paged() {
        profiles.changeStatus(VILLAGE, DesignationStatus.IN_PROGRESS, null, null, null, NEW);

        var inProgress = profileQueries.list(new VillageQuery("16.07.02", DesignationStatus.IN_PROGRESS, null, false, false), 0, 50);
        assertThat(inProgress).extracting(VillageRow::code).containsExactly(VILLAGE);
        var byName = profileQueries.list(new VillageQuery(null, null, "sungsang", true, false), 0, 3);
        assertThat(byName).hasSize(3).allMatch(r -> r.name().toLowerCase().contains("sungsang") && r.code().startsWith("16.07."));
        assertThat(profileQueries.list(new VillageQuery("35", null, null, false, false), 0, 10)).isEmpty();
        assertThat(profileQueries.list(VillageQuery.ALL, 0, 20)).hasSize(20).allMatch(r -> r.code().startsWith("16.07."));
    }

    @Test
    void the_map_colours_a_village_by_its_designation_status() throws Exception {
        String mapped = "16.07.01.2002";
        jdbc.update("DELETE FROM village_profile_change WHERE village_code = ?", mapped);
        jdbc.update("DELETE FROM village_profile WHERE village_code = ?", mapped);
        SignIn.as(users, "profile-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            importer.importFile("centroids-mixed.csv", in, -1, Progress.NONE);
        }
        assertThat(style(mapped)).isEqualTo("village-point status-candidate");

        profiles.changeStatus(mapped, DesignationStatus.IN_PROGRESS, null, null, null, NEW);

        assertThat(style(mapped)).isEqualTo("village-point status-in-progress");
    }

    @Test
    void the_villages_export_holds_the_filtered_villages_of_the_scope_only() throws Exception {
        var csv = new java.io.StringWriter();
        villageExport.exportCsv(new VillageQuery("16.07.02", null, null, true, false), csv);
        var lines = csv.toString().strip().split("\r?\n");

        assertThat(lines[0]).isEqualTo("code,name,district,regency,status,potential,lat,lng");
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(l -> l.startsWith("16.07.02."));

        var everything = new java.io.StringWriter();
        villageExport.exportCsv(VillageQuery.ALL, everything);
        assertThat(everything.toString()).doesNotContain("\n35.");
    }

    @Test
    void the_villages_geojson_export_is_a_feature_collection_of_points_in_scope() throws Exception {
        SignIn.as(users, "profile-geo-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            importer.importFile("centroids-mixed.csv", in, -1, Progress.NONE);
        }
        SignIn.as(users, "profile-coordinator", Role.COORDINATOR, "16.07");
        var geo = new java.io.StringWriter();
        villageExport.exportGeoJson(VillageQuery.ALL, geo);

        var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(geo.toString());
        assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(root.get("features").valueStream().map(f -> f.get("properties").get("code").asString()))
                .contains("16.07.01.2001").allMatch(c -> c.startsWith("16.07."));
    }

    private String style(String code) {
        return areas.villageLayer(new BoundingBox(-3.1, 104.8, -2.9, 104.9), 12).points().stream()
                .filter(p -> p.id().equals(code)).findFirst().orElseThrow().styleClass();
    }

    private long designated() {
        long version = profiles.changeStatus(VILLAGE, DesignationStatus.IN_PROGRESS, null, null, null, NEW).version();
        return profiles.changeStatus(VILLAGE, DesignationStatus.DESIGNATED, TODAY, "SK 7", null, version).version();
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** Issue 13, item 15: profile notes keep their lines; control characters in them are cleaned away. */
    @Test
    void notes_keep_their_lines_without_control_characters() {
        long version = profileQueries.find(VILLAGE).orElseThrow().version();

        profiles.updateOutreach(VILLAGE, 100, "Kepala desa mendukung\u0000\r\n\tlanjut bulan depan\u0007", version);

        assertThat(profileQueries.find(VILLAGE).orElseThrow().notes()).isEqualTo("Kepala desa mendukung\nlanjut bulan depan");
    }
}
