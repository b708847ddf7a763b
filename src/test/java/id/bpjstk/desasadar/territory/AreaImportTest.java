package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RenderedReports;
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
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
        ImportResult report = importResource("centroids-mixed.csv");
        String text = RenderedReports.text(report.report(), RenderedReports::english);
        List<CSVRecord> problems = records(text);

        assertThat(report.read()).isEqualTo(6);
        assertThat(matched(report)).isEqualTo(3);
        assertThat(unknownCodes(problems)).isEqualTo(1);
        assertThat(invalidRows(problems)).isEqualTo(2);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("baris")).isEqualTo("5");
            assertThat(p.get("kode")).isEqualTo("99.99.99.9999");
            assertThat(p.get("alasan")).isEqualTo("Area code 99.99.99.9999 is not in the official area list.");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("baris")).isEqualTo("6");
            assertThat(p.get("alasan")).containsIgnoringCase("outside");
        });
        assertThat(jdbc.queryForObject("SELECT lat FROM area WHERE code = '35.78.01.1001'", Double.class)).isEqualTo(-7.340577);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE code = '16.07.01.2003' AND lat = 12.5", Long.class)).isZero();
        assertThat(text).startsWith("\uFEFFbaris;kolom;alasan;kode").contains("99.99.99.9999");
    }

    @Test
    void reimporting_the_same_file_changes_nothing() throws IOException {
        importResource("centroids-mixed.csv");
        importResource("boundaries-mixed.geojson");

        assertThat(importResource("centroids-mixed.csv").counts().inserted()).isZero();
        ImportResult again = importResource("boundaries-mixed.geojson");
        assertThat(matched(again)).isEqualTo(2);
        assertThat(again.counts().inserted()).isZero();
    }

    @Test
    void geojson_keeps_holes_and_multipolygons_and_rejects_malformed_features_whole() throws IOException {
        ImportResult report = importResource("boundaries-mixed.geojson");
        List<CSVRecord> problems = records(RenderedReports.text(report.report(), RenderedReports::english));

        assertThat(matched(report)).isEqualTo(2);
        assertThat(invalidRows(problems)).isEqualTo(2); // unclosed ring, coordinate outside Indonesia
        assertThat(unknownCodes(problems)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT ST_NumInteriorRings(geom) FROM area_boundary WHERE area_code = '16.07.01.2001'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT ST_NumGeometries(geom) FROM area_boundary WHERE area_code = '16.07'", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary WHERE area_code IN ('16.07.01.2002', '16.07.01.2003')", Long.class)).isZero();
    }

    @Test
    void a_file_that_is_not_a_feature_collection_is_refused_with_a_message_and_changes_nothing() {
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary", Long.class);
        assertThatThrownBy(() -> importer.importFile("oops.geojson",
                new ByteArrayInputStream("{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)), -1, Progress.NONE))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    // a key of the bundles, told in the administrator's language (it was an English sentence)
                    assertThat(refused.messageKey()).isEqualTo("area.import.file.not-collection-type");
                    assertThat(refused.args()).containsExactly("Feature");
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary", Long.class)).isEqualTo(before);
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
        ImportResult report = importPath(file);
        assertThat(matched(report)).isEqualTo(83_403);
        assertThat(report.counts().rejected()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND lat IS NOT NULL", Long.class)).isEqualTo(83_403L);
    }

    @Test
    void the_full_public_regency_boundaries_all_match() throws IOException {
        Path file = SHARED.resolve("boundaries/regencies.geojson");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the full-file import test");
        ImportResult report = importPath(file);
        assertThat(matched(report)).isEqualTo(514);
        assertThat(report.counts().rejected()).isZero();
    }

    @Test
    void the_full_public_jawa_timur_village_boundaries_all_match() throws IOException {
        Path file = SHARED.resolve("boundaries/villages-35.geojson");
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping the full-file import test");
        ImportResult report = importPath(file);
        assertThat(matched(report)).isEqualTo(8_494);
        assertThat(report.counts().rejected()).isZero();
    }

    /** Rows with a known code, applied or already up to date. */
    private static long matched(ImportResult result) {
        return result.counts().inserted() + result.counts().duplicates();
    }

    private static long unknownCodes(List<CSVRecord> problems) {
        return problems.stream().filter(p -> p.get("alasan").endsWith("is not in the official area list.")).count();
    }

    private static long invalidRows(List<CSVRecord> problems) {
        return problems.size() - unknownCodes(problems);
    }

    private static List<CSVRecord> records(String report) throws IOException {
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(report.substring(1))).getRecords();
    }

    private ImportResult importResource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/area-import/" + name)) {
            return importer.importFile(name, in, -1, Progress.NONE);
        }
    }

    private ImportResult importPath(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.importFile(file.getFileName().toString(), in, Files.size(file), Progress.NONE);
        }
    }
}
