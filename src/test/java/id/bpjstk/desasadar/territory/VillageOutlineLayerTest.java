package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Village outlines come only zoomed in, only for the viewport, only inside the caller's scope. */
@IntegrationTest
class VillageOutlineLayerTest {

    static final BoundingBox AROUND_SUNGAI_REBO = new BoundingBox(-3.02, 104.83, -2.98, 104.87);

    @Autowired AreaService areas;
    @Autowired AreaImportService importer;
    @Autowired UserService users;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void boundariesAreImported() throws Exception {
        SignIn.as(users, "outline-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/boundaries-mixed.geojson")) {
            importer.importFile("boundaries-mixed.geojson", in, -1, Progress.NONE);
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void zoomed_in_the_villages_in_view_and_in_scope_are_outlined() {
        SignIn.as(users, "outline-banyuasin", Role.COORDINATOR, "16.07");

        assertThat(codes(areas.villageBoundaries(AROUND_SUNGAI_REBO, 13))).containsExactly("16.07.01.2001");
    }

    @Test
    void below_the_outline_zoom_nothing_is_sent() {
        SignIn.as(users, "outline-banyuasin", Role.COORDINATOR, "16.07");

        assertThat(codes(areas.villageBoundaries(AROUND_SUNGAI_REBO, VillageBoundaryLayer.MIN_ZOOM - 1))).isEmpty();
    }

    @Test
    void a_village_outside_the_scope_is_not_outlined() {
        SignIn.as(users, "outline-jatim", Role.REGIONAL_HEAD, "35");

        assertThat(codes(areas.villageBoundaries(AROUND_SUNGAI_REBO, 13))).isEmpty();
    }

    @Test
    void a_view_elsewhere_gets_no_outline() {
        assertThat(codes(areas.villageBoundaries(new BoundingBox(-7.3, 112.7, -7.2, 112.8), 13)))
                .doesNotContain("16.07.01.2001");
    }

    @Test
    void in_surabaya_the_public_jawa_timur_outlines_are_those_of_the_view() throws Exception {
        var file = AreaImportTest.SHARED.resolve("boundaries/villages-35.geojson");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the Jawa Timur outline test");
        try (InputStream in = Files.newInputStream(file)) {
            importer.importFile("villages-35.geojson", in, Files.size(file), Progress.NONE);
        }
        SignIn.as(users, "outline-surabaya", Role.PARTNER, "35.78");

        List<String> codes = codes(areas.villageBoundaries(new BoundingBox(-7.30, 112.70, -7.24, 112.78), 13));

        assertThat(codes).isNotEmpty().allMatch(c -> c.startsWith("35.78."));
    }

    @Test
    void a_point_inside_a_jawa_timur_village_polygon_is_placed_in_that_village() throws Exception {
        var file = AreaImportTest.SHARED.resolve("boundaries/villages-35.geojson");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the Jawa Timur derivation test");
        try (InputStream in = Files.newInputStream(file)) {
            importer.importFile("villages-35.geojson", in, Files.size(file), Progress.NONE);
        }
        for (String village : List.of("35.78.01.1001", "35.09.01.2001", "35.22.22.2002")) {
            double[] inside = jdbc.queryForObject("SELECT ST_Y(ST_PointOnSurface(geom)), ST_X(ST_PointOnSurface(geom)) "
                    + "FROM area_boundary WHERE area_code = ?", (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, village);

            assertThat(areas.villageAt(inside[0], inside[1])).contains(village);
        }
    }

    private static List<String> codes(String featureCollection) {
        var codes = new ArrayList<String>();
        for (JsonNode f : JsonMapper.builder().build().readTree(featureCollection).get("features")) {
            codes.add(f.get("properties").get("code").asString());
        }
        return codes;
    }
}
