package id.bpjstk.desasadar.map.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.MapClickEvent;
import id.bpjstk.desasadar.base.ui.map.PointDragEvent;
import id.bpjstk.desasadar.base.ui.map.PolygonDrawnEvent;
import id.bpjstk.desasadar.site.SiteDraft;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.site.ui.SiteFormDialog;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.InputStream;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the browser sends about the map is a request like any other (issue 13, item 2): a crafted click, drag or
 * drawn outline from a user who may not act on it changes nothing and opens nothing, and a drawn outline has a
 * vertex limit that the server enforces while reading it.
 */
@IntegrationTest
class MapEventsFromTheBrowserUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired AreaImportService importer;
    @Autowired SiteService sites;
    @Autowired SiteQueries siteQueries;

    SiteView site;

    @BeforeEach
    void aSiteInBanyuasin() throws Exception {
        SignIn.as(users, "mapevents-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/boundaries-mixed.geojson")) {
            importer.importFile("boundaries-mixed.geojson", in, -1, Progress.NONE);
        }
        site = sites.create(new SiteDraft("Pasar Peta " + System.nanoTime(), SiteType.PASAR, null, null, 40, null, -2.995, 104.855, null, null));
        KaribuUi.start(ctx);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_regional_heads_crafted_click_drag_and_outline_change_nothing_and_open_nothing() {
        LeafletMap map = open("mapevents-head", Role.REGIONAL_HEAD, "16");

        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, -2.99, 104.85));
        ComponentUtil.fireEvent(map, new PointDragEvent(map, true, MapView.SITES, Long.toString(site.id()), -2.98, 104.86));
        ComponentUtil.fireEvent(map, new PolygonDrawnEvent(map, true, ring(5)));

        assertThat(_find(SiteFormDialog.class)).isEmpty();
        assertThat(stored()).satisfies(s -> {
            assertThat(s.lat()).isEqualTo(site.lat());
            assertThat(s.lng()).isEqualTo(site.lng());
            assertThat(s.hasOutline()).isFalse();
        });
    }

    @Test
    void a_coordinators_click_opens_the_site_form_only_after_they_chose_to_add_a_site() {
        LeafletMap map = open("mapevents-coordinator", Role.COORDINATOR, "16.07");

        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, -2.99, 104.85));
        assertThat(_find(SiteFormDialog.class)).as("a click nobody asked for").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Tambah lokasi kerja")));
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, -2.99, 104.85));
        assertThat(_find(SiteFormDialog.class)).hasSize(1);
    }

    @Test
    void an_outline_with_more_vertices_than_the_limit_is_refused_and_not_stored() {
        LeafletMap map = open("mapevents-coordinator", Role.COORDINATOR, "16.07");
        showSiteAndStartDrawing(map);

        PolygonDrawnEvent tooLarge = new PolygonDrawnEvent(map, true, ring(PolygonDrawnEvent.MAX_VERTICES + 1));
        assertThat(tooLarge.getRing()).as("not even read past the limit").isEmpty();
        assertThat(tooLarge.isOverLimit()).isTrue();
        ComponentUtil.fireEvent(map, tooLarge);

        assertThat(stored().hasOutline()).isFalse();
        NotificationsKt.expectNotifications("Klik sudut-sudut batas di peta; klik sudut pertama (atau klik dua kali) untuk menutup.",
                "Batas lokasi paling banyak memiliki 1.000 titik sudut.");

        showSiteAndStartDrawing(map);
        ComponentUtil.fireEvent(map, new PolygonDrawnEvent(map, true, ring(PolygonDrawnEvent.MAX_VERTICES)));
        assertThat(stored().hasOutline()).as("an outline at the limit is fine").isTrue();
    }

    private LeafletMap open(String username, Role role, String... scope) {
        KaribuUi.signIn(users, username, role, scope);
        UI.getCurrent().navigate("");
        return _get(LeafletMap.class);
    }

    private void showSiteAndStartDrawing(LeafletMap map) {
        ComponentUtil.fireEvent(map, new id.bpjstk.desasadar.base.ui.map.PointClickEvent(map, true, MapView.SITES, Long.toString(site.id())));
        _click(_get(_get(MapPanel.class), Button.class, spec -> spec.withClasses("draw-outline")));
    }

    private SiteView stored() {
        return siteQueries.find(site.id()).orElseThrow();
    }

    /** A closed ring of {@code vertices} positions (the last repeats the first) on a small circle around the site. */
    private static String ring(int vertices) {
        var json = new StringJoiner(",", "[", "]");
        for (int i = 0; i < vertices - 1; i++) {
            double a = 2 * Math.PI * i / (vertices - 1);
            json.add("[" + (-2.995 + 0.004 * Math.sin(a)) + "," + (104.855 + 0.004 * Math.cos(a)) + "]");
        }
        json.add("[" + (-2.995) + "," + (104.855 + 0.004) + "]");
        return json.toString();
    }
}
