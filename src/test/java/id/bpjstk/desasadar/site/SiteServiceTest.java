package id.bpjstk.desasadar.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SiteServiceTest {

    /** Inside the fixture polygon of Sungai Rebo (16.07.01.2001), outside its hole. */
    static final double REBO_LAT = -2.995;
    static final double REBO_LNG = 104.855;

    @Autowired SiteService sites;
    @Autowired SiteQueries siteQueries;
    @Autowired SiteExport siteExport;
    @Autowired SiteMapLayer siteLayer;
    @Autowired SiteOutlineMapLayer siteOutlines;
    @Autowired AreaImportService importer;
    @Autowired UserService users;

    @BeforeEach
    void mapDataAndCoordinator() throws Exception {
        SignIn.as(users, "site-admin", Role.ADMIN, AreaScope.NATIONAL);
        for (String file : new String[] {"boundaries-mixed.geojson", "centroids-mixed.csv"}) {
            try (InputStream in = getClass().getResourceAsStream("/area-import/" + file)) {
                importer.importFile(file, in, -1, Progress.NONE);
            }
        }
        SignIn.as(users, "site-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_site_inside_a_village_boundary_belongs_to_that_village() {
        SiteView site = sites.create(draft("Kebun Sawit Rebo", REBO_LAT, REBO_LNG, null, null));

        assertThat(site.villageCode()).isEqualTo("16.07.01.2001");
        assertThat(site.villageName()).isEqualTo("Sungai Rebo");
        assertThat(siteQueries.find(site.id())).isPresent();
    }

    @Test
    void without_a_boundary_the_nearest_village_centroid_within_ten_km_is_taken() {
        SignIn.as(users, "site-surabaya", Role.COORDINATOR, "35.78");
        SiteView site = sites.create(draft("Pasar Karang Pilang", -7.340577, 112.689937, null, null));

        assertThat(site.villageCode()).isEqualTo("35.78.01.1001");
    }

    @Test
    void far_from_every_village_the_user_must_choose_one() {
        assertViolation(() -> sites.create(draft("Rumpon", -5.0, 130.0, null, null)), "site.error.village-needed");

        SiteView chosen = sites.create(draft("Rumpon", -5.0, 130.0, null, "16.07.01.2002"));
        assertThat(chosen.villageCode()).isEqualTo("16.07.01.2002");
    }

    @Test
    void a_site_in_a_village_outside_the_scope_is_refused() {
        assertViolation(() -> sites.create(draft("Pasar Wonokromo", -7.340577, 112.689937, null, null)), "site.error.village-out-of-scope");
        assertViolation(() -> sites.create(draft("Pasar", -5.0, 130.0, null, "35.78.01.1001")), "site.error.village-out-of-scope");
    }

    @Test
    void bad_input_is_refused_with_its_reason() {
        assertViolation(() -> sites.create(draft(" ", REBO_LAT, REBO_LNG, null, null)), "site.error.name");
        assertViolation(() -> sites.create(draft("x".repeat(SiteService.NAME_MAX + 1), REBO_LAT, REBO_LNG, null, null)), "site.error.name");
        assertViolation(() -> sites.create(draft("Kebun", 14.6, 121.0, null, null)), "site.error.outside-indonesia");
        List<double[]> unclosed = List.of(new double[] {-2.99, 104.85}, new double[] {-2.99, 104.86}, new double[] {-3.0, 104.86},
                new double[] {-3.0, 104.85});
        assertViolation(() -> sites.create(draft("Kebun", REBO_LAT, REBO_LNG, unclosed, null)), "site.error.outline-unclosed");
        List<double[]> bowTie = List.of(new double[] {-2.99, 104.85}, new double[] {-3.0, 104.86}, new double[] {-2.99, 104.86},
                new double[] {-3.0, 104.85}, new double[] {-2.99, 104.85});
        assertViolation(() -> sites.create(draft("Kebun", REBO_LAT, REBO_LNG, bowTie, null)), "site.error.outline-invalid");
    }

    @Test
    void a_valid_outline_is_kept() {
        List<double[]> square = List.of(new double[] {-2.99, 104.85}, new double[] {-2.99, 104.86}, new double[] {-3.0, 104.86},
                new double[] {-3.0, 104.85}, new double[] {-2.99, 104.85});
        assertThat(sites.create(draft("Kebun Karet", REBO_LAT, REBO_LNG, square, null)).hasOutline()).isTrue();
    }

    @Test
    void an_outline_drawn_later_is_kept_shown_and_moves_the_version_on() {
        SiteView site = sites.create(draft("Kebun Kopi", REBO_LAT, REBO_LNG, null, null));
        List<double[]> square = List.of(new double[] {-2.99, 104.85}, new double[] {-2.99, 104.86}, new double[] {-3.0, 104.86},
                new double[] {-3.0, 104.85}, new double[] {-2.99, 104.85});

        SiteView outlined = sites.setOutline(site.id(), square, site.version());

        assertThat(outlined.hasOutline()).isTrue();
        assertThat(outlined.version()).isGreaterThan(site.version());
        assertViolation(() -> sites.setOutline(site.id(), square, site.version()), "site.error.conflict");
        String geoJson = siteOutlines.outlines(new BoundingBox(-3.1, 104.8, -2.9, 104.9));
        assertThat(geoJson).contains("\"code\":\"" + site.id() + "\"").contains("Polygon");
    }

    @Test
    void of_two_people_saving_the_same_site_the_second_is_refused_and_the_first_kept() {
        SiteView site = sites.create(draft("Sentra Tenun", REBO_LAT, REBO_LNG, null, null));

        sites.update(site.id(), draft("Sentra Tenun Songket", REBO_LAT, REBO_LNG, null, null), site.version());
        assertViolation(() -> sites.update(site.id(), draft("Sentra Lain", REBO_LAT, REBO_LNG, null, null), site.version()),
                "site.error.conflict");
        assertThat(siteQueries.find(site.id()).orElseThrow().name()).isEqualTo("Sentra Tenun Songket");
    }

    @Test
    void dragging_a_site_moves_it_and_its_village_follows() {
        SiteView site = sites.create(draft("TPI Sungsang", REBO_LAT, REBO_LNG, null, null));

        SiteView moved = sites.move(site.id(), -2.995736, 104.870622, site.version());

        assertThat(moved.villageCode()).isEqualTo("16.07.01.2002");
        assertThat(moved.lat()).isEqualTo(-2.995736);
    }

    @Test
    void the_site_layer_shows_sites_in_view_and_scope_styled_by_type() {
        SiteView site = sites.create(draft("Pasar Rebo", REBO_LAT, REBO_LNG, null, null));

        List<MapPoint> points = siteLayer.points(new BoundingBox(-3.1, 104.8, -2.9, 104.9)).points();
        assertThat(points).filteredOn(p -> p.id().equals(Long.toString(site.id())))
                .singleElement().satisfies(p -> assertThat(p.styleClass()).isEqualTo("site-point site-pasar"));

        SignIn.as(users, "site-jatim", Role.REGIONAL_HEAD, "35");
        assertThat(siteLayer.points(new BoundingBox(-3.1, 104.8, -2.9, 104.9)).points()).isEmpty();
        assertThat(siteQueries.find(site.id())).isEmpty();
        assertThatThrownBy(() -> sites.create(draft("x", REBO_LAT, REBO_LNG, null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exports_hold_the_sites_in_scope_and_neutralise_formula_like_text() throws Exception {
        SiteView site = sites.create(draft("=HYPERLINK(\"http://x\")", REBO_LAT, REBO_LNG, null, null));
        var csv = new java.io.StringWriter();
        siteExport.exportCsv(csv);
        var geo = new java.io.StringWriter();
        siteExport.exportGeoJson(geo);

        assertThat(csv.toString()).startsWith("id,name,type").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        var features = tools.jackson.databind.json.JsonMapper.builder().build().readTree(geo.toString()).get("features");
        assertThat(features.valueStream().map(f -> f.get("properties").get("id").asLong())).contains(site.id());

        SignIn.as(users, "site-export-jatim", Role.REGIONAL_HEAD, "35");
        var outOfScope = new java.io.StringWriter();
        siteExport.exportCsv(outOfScope);
        assertThat(outOfScope.toString()).doesNotContain("HYPERLINK");
    }

    @Test
    void the_sites_list_comes_in_pages_ordered_by_name_within_the_scope() {
        sites.create(draft("Aaa Kebun Pertama", REBO_LAT, REBO_LNG, null, null));
        sites.create(draft("Aab Kebun Kedua", REBO_LAT, REBO_LNG, null, null));

        List<SiteView> all = siteQueries.list(0, 1000);
        int at = all.stream().map(SiteView::name).toList().indexOf("Aaa Kebun Pertama");

        assertThat(all).allMatch(s -> s.villageCode().startsWith("16.07."));
        assertThat(siteQueries.list(at, 1)).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Aaa Kebun Pertama"));
        assertThat(siteQueries.list(at + 1, 1)).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("Aab Kebun Kedua"));
    }

    private static SiteDraft draft(String name, double lat, double lng, List<double[]> outline, String village) {
        SiteType type = name.startsWith("Pasar") ? SiteType.PASAR : SiteType.PERKEBUNAN;
        return new SiteDraft(name, type, "sawit", "PT Contoh", 120, "Pak Budi 0812", lat, lng, outline, village);
    }

    /** Issue 13, item 15: {@code %} and {@code _} in an area-code filter are characters, not wildcards. */
    @Test
    void wildcards_in_the_area_filter_match_only_themselves() {
        sites.create(draft("Kebun Karet Rebo", REBO_LAT, REBO_LNG, null, null));

        assertThat(siteQueries.inArea("16.07")).isNotEmpty();
        assertThat(siteQueries.inArea("16%")).isEmpty();
        assertThat(siteQueries.inArea("16.07.01._001")).isEmpty();
    }

    /** Issue 13, item 15: a site name pasted with a line break is stored on one line. */
    @Test
    void a_site_name_with_a_line_break_is_stored_on_one_line() {
        SiteView site = sites.create(draft("Kebun Sawit\r\nRebo\tBaru", REBO_LAT, REBO_LNG, null, null));

        assertThat(site.name()).isEqualTo("Kebun Sawit Rebo Baru");
    }

    private static void assertViolation(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
