package id.bpjstk.desasadar.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SiteImportTest {

    @Autowired SiteImportService importer;
    @Autowired SiteService sites;
    @Autowired SiteQueries siteQueries;
    @Autowired AreaImportService areaImporter;
    @Autowired UserService users;

    @BeforeEach
    void boundariesAndCoordinator() throws Exception {
        SignIn.as(users, "siteimport-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/boundaries-mixed.geojson")) {
            areaImporter.importFile("boundaries-mixed.geojson", in, -1, Progress.NONE);
        }
        SignIn.as(users, "siteimport-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void good_features_are_saved_and_each_bad_one_is_reported_with_its_reason() throws Exception {
        SiteImportService.Report report;
        try (InputStream in = getClass().getResourceAsStream("/site-import/sites.geojson")) {
            report = importer.importGeoJson(in, -1);
        }

        assertThat(report.read()).isEqualTo(6);
        assertThat(report.imported() + report.unchanged()).isEqualTo(3);
        assertThat(report.rejected()).extracting(SiteImportService.Rejection::feature, SiteImportService.Rejection::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "site.import.unknown-type"),
                        org.assertj.core.groups.Tuple.tuple(5, "site.error.village-out-of-scope"),
                        org.assertj.core.groups.Tuple.tuple(6, "site.error.outside-indonesia"));
        assertThat(siteQueries.listAll()).filteredOn(s -> s.name().equals("Kebun Sawit Plasma"))
                .allSatisfy(s -> assertThat(s.hasOutline()).isTrue()).isNotEmpty();
    }

    @Test
    void importing_the_same_file_again_adds_nothing() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/site-import/sites.geojson")) {
            importer.importGeoJson(in, -1);
        }
        int before = siteQueries.listAll().size();

        SiteImportService.Report again;
        try (InputStream in = getClass().getResourceAsStream("/site-import/sites.geojson")) {
            again = importer.importGeoJson(in, -1);
        }

        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(siteQueries.listAll()).hasSize(before);
    }

    @Test
    void a_file_that_is_not_a_feature_collection_or_too_large_is_refused_and_saves_nothing() {
        int before = siteQueries.listAll().size();
        assertViolation(() -> importer.importGeoJson(stream("{\"type\":\"Feature\",\"features\":[]}"), -1), "site.import.not-collection");
        assertViolation(() -> importer.importGeoJson(stream("{not json"), -1), "site.import.not-json");
        assertViolation(() -> importer.importGeoJson(stream("{}"), SiteImportService.MAX_BYTES + 1), "site.import.too-large");
        assertThat(siteQueries.listAll()).hasSize(before);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertViolation(Call call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
