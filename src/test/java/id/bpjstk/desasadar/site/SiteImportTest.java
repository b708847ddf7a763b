package id.bpjstk.desasadar.site;

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
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SiteImportTest {

    @Autowired SiteImportService importer;
    @Autowired SiteQueries sites;
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
        ImportResult report = importer.importFile(resource("/site-import/sites.geojson"), Progress.NONE, () -> false);

        assertThat(report.read()).isEqualTo(6);
        assertThat(report.counts().inserted() + report.counts().duplicates()).isEqualTo(3);
        assertThat(RenderedReports.records(report.report(), RuleViolation::messageKey)).extracting(r -> r.get("baris"), r -> r.get("alasan"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", "site.import.unknown-type"),
                        org.assertj.core.groups.Tuple.tuple("5", "site.error.village-out-of-scope"),
                        org.assertj.core.groups.Tuple.tuple("6", "site.error.outside-indonesia"));
        assertThat(sites.listAll()).filteredOn(s -> s.name().equals("Kebun Sawit Plasma"))
                .allSatisfy(s -> assertThat(s.hasOutline()).isTrue()).isNotEmpty();
    }

    @Test
    void importing_the_same_file_again_adds_nothing() throws Exception {
        importer.importFile(resource("/site-import/sites.geojson"), Progress.NONE, () -> false).report().delete();
        int before = sites.listAll().size();

        ImportResult again = importer.importFile(resource("/site-import/sites.geojson"), Progress.NONE, () -> false);

        assertThat(again.counts().inserted()).isZero();
        assertThat(again.counts().duplicates()).isEqualTo(3);
        assertThat(sites.listAll()).hasSize(before);
    }

    @Test
    void a_file_that_is_not_a_feature_collection_or_too_large_is_refused_and_saves_nothing() throws IOException {
        int before = sites.listAll().size();
        assertViolation(() -> importer.importFile(file("{\"type\":\"Feature\",\"features\":[]}"), Progress.NONE, () -> false),
                "site.import.not-collection");
        assertViolation(() -> importer.importFile(file("{not json"), Progress.NONE, () -> false), "site.import.not-json");
        Path large = file("{}");
        try (var out = new RandomAccessFile(large.toFile(), "rw")) {
            out.setLength(SiteImportService.MAX_BYTES + 1); // sparse: the size is what is checked
        }
        assertViolation(() -> importer.importFile(large, Progress.NONE, () -> false), "site.import.too-large");
        assertThat(sites.listAll()).hasSize(before);
    }

    @Test
    void a_file_broken_after_its_first_features_saves_none_of_them() throws Exception {
        int before = sites.listAll().size();
        String good = Files.readString(resource("/site-import/sites.geojson"));
        String cut = good.substring(0, good.lastIndexOf(']'));

        assertViolation(() -> importer.importFile(file(cut), Progress.NONE, () -> false), "site.import.not-json");
        assertThat(sites.listAll()).hasSize(before);
    }

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource(name).toURI());
    }

    private static Path file(String text) throws IOException {
        Path file = Files.createTempFile("sites-", ".geojson");
        file.toFile().deleteOnExit();
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertViolation(Call call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
