package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapCluster;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The map and the village panel answer only inside the caller's scope. */
@IntegrationTest
class AreaScopeTest {

    static final BoundingBox INDONESIA = new BoundingBox(-11, 94, 6, 142);

    @Autowired AreaService areas;
    @Autowired AreaImportService importer;
    @Autowired UserService users;

    @BeforeEach
    void villagesHaveCoordinates() throws IOException {
        SignIn.as(users, "scope-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            importer.importFile("centroids-mixed.csv", in, -1, Progress.NONE);
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_out_of_scope_village_answers_exactly_like_an_unknown_one() {
        SignIn.as(users, "scope-banyuasin", Role.COORDINATOR, "16.07");

        assertThat(areas.findVillage("16.07.01.2001")).get().satisfies(v -> {
            assertThat(v.name()).isEqualTo("Sungai Rebo");
            assertThat(v.districtName()).isEqualTo("Banyuasin I");
            assertThat(v.regencyName()).isEqualTo("Kabupaten Banyuasin");
            assertThat(v.provinceName()).isEqualTo("Sumatera Selatan");
            assertThat(v.kind()).isEqualTo(AreaKind.DESA);
        });
        assertThat(areas.findVillage("35.78.01.1001")).isEqualTo(areas.findVillage("99.99.99.9999")).isEmpty();
    }

    @Test
    void the_village_layer_holds_only_villages_in_scope() {
        SignIn.as(users, "scope-banyuasin", Role.COORDINATOR, "16.07");
        PointLayer layer = areas.villageLayer(INDONESIA, 5);

        assertThat(layer.points()).extracting(MapPoint::id).isNotEmpty().allMatch(code -> code.startsWith("16.07."));
        assertThat(layer.points()).extracting(MapPoint::id).doesNotContain("35.78.01.1001");
    }

    @Test
    void a_regional_head_sees_the_province_and_nothing_outside_it() {
        SignIn.as(users, "scope-jatim", Role.REGIONAL_HEAD, "35");

        assertThat(areas.findVillage("35.78.01.1001")).isPresent();
        assertThat(areas.findVillage("16.07.01.2001")).isEmpty();
        assertThat(areas.villageLayer(INDONESIA, 5).points()).extracting(MapPoint::id).allMatch(code -> code.startsWith("35."));
    }

    @Test
    void nobody_signed_in_sees_nothing() {
        SignIn.out();
        assertThat(areas.findVillage("16.07.01.2001")).isEmpty();
        assertThat(areas.villageLayer(INDONESIA, 5).total()).isZero();
    }

    @Test
    void far_out_the_national_layer_is_clusters_whose_counts_add_up_to_every_village() throws IOException {
        var file = AreaImportTest.SHARED.resolve("villages-centroids.csv");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the national clustering test");
        try (InputStream in = Files.newInputStream(file)) {
            importer.importFile("villages-centroids.csv", in, -1, Progress.NONE);
        }

        PointLayer layer = areas.villageLayer(INDONESIA, 5);

        assertThat(layer.total()).isEqualTo(83_403);
        assertThat(layer.points()).isEmpty();
        assertThat(layer.clusters()).hasSizeLessThan(2_000);
        assertThat(layer.clusters().stream().mapToInt(MapCluster::count).sum()).isEqualTo(83_403);
    }
}
