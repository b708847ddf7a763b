package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AreaImportTest {

    static final Path SHARED = Path.of("../shared/data/regions");

    @Autowired AreaImportService importer;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(users, "import-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void centroid_csv_applies_good_rows_and_reports_unknown_codes_and_invalid_rows_with_reasons() throws IOException {
        ImportReport report = importResource("centroids-mixed.csv");

        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.matched()).isEqualTo(3);
        assertThat(report.unknownCodes()).isEqualTo(1);
        assertThat(report.invalidRows()).isEqualTo(2);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(5);
            assertThat(p.code()).isEqualTo("99.99.99.9999");
            assertThat(p.kind()).isEqualTo(ImportProblem.Kind.UNKNOWN_CODE);
        });
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.reason()).containsIgnoringCase("outside");
        });
        assertThat(jdbc.queryForObject("SELECT lat FROM area WHERE code = '35.78.01.1001'", Double.class)).isEqualTo(-7.340577);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE code = '16.07.01.2003' AND lat = 12.5", Long.class)).isZero();
        assertThat(report.problemsCsv()).startsWith("row,code,problem,reason").contains("99.99.99.9999");
    }

    @Test
    void reimporting_the_same_file_changes_nothing() throws IOException {
        importResource("centroids-mixed.csv");
        importResource("boundaries-mixed.geojson");

        assertThat(importResource("centroids-mixed.csv").changed()).isZero();
        ImportReport again = importResource("boundaries-mixed.geojson");
        assertThat(again.matched()).isEqualTo(2);
        assertThat(again.changed()).isZero();
    }

    @Test
    void geojson_keeps_holes_and_multipolygons_and_rejects_malformed_features_whole() throws IOException {
        ImportReport report = importResource("boundaries-mixed.geojson");

        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.invalidRows()).isEqualTo(2); // unclosed ring, coordinate outside Indonesia
        assertThat(report.unknownCodes()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT ST_NumInteriorRings(geom) FROM area_boundary WHERE area_code = '16.07.01.2001'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT ST_NumGeometries(geom) FROM area_boundary WHERE area_code = '16.07'", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary WHERE area_code IN ('16.07.01.2002', '16.07.01.2003')", Long.class)).isZero();
    }

    @Test
    void a_file_that_is_not_a_feature_collection_is_refused_with_a_message_and_changes_nothing() {
        ImportReport report = importer.importFile("oops.geojson",
                new ByteArrayInputStream("{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)), -1, Progress.NONE);
        assertThat(report.fileError()).containsIgnoringCase("FeatureCollection");
        assertThat(report.matched()).isZero();
    }

    @Test
    void only_an_administrator_may_import() {
        SignIn.as(users, "import-coordinator", Role.COORDINATOR, "16.07");
        assertThatThrownBy(() -> importResource("centroids-mixed.csv")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_full_public_centroid_file_matches_every_village_that_has_coordinates() throws IOException {
        Path file = SHARED.resolve("villages-centroids.csv");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the full-file import test");
        ImportReport report = importPath(file);
        assertThat(report.matched()).isEqualTo(83_403);
        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND lat IS NOT NULL", Long.class)).isEqualTo(83_403L);
    }

    @Test
    void the_full_public_regency_boundaries_all_match() throws IOException {
        Path file = SHARED.resolve("boundaries/regencies.geojson");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the full-file import test");
        ImportReport report = importPath(file);
        assertThat(report.matched()).isEqualTo(514);
        assertThat(report.invalidRows()).isZero();
    }

    @Test
    void the_full_public_jawa_timur_village_boundaries_all_match() throws IOException {
        Path file = SHARED.resolve("boundaries/villages-35.geojson");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the full-file import test");
        ImportReport report = importPath(file);
        assertThat(report.matched()).isEqualTo(8_494);
        assertThat(report.invalidRows()).isZero();
    }

    private ImportReport importResource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/area-import/" + name)) {
            return importer.importFile(name, in, -1, Progress.NONE);
        }
    }

    private ImportReport importPath(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.importFile(file.getFileName().toString(), in, Files.size(file), Progress.NONE);
        }
    }
}
