package id.bpjstk.desasadar.map.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.PointClickEvent;
import id.bpjstk.desasadar.base.ui.map.ViewportChangeEvent;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MapViewUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired AreaImportService importer;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void start() throws IOException {
        SignIn.as(users, "map-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/centroids-mixed.csv")) {
            importer.importFile("centroids-mixed.csv", in, -1, Progress.NONE);
        }
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "map-banyuasin", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
        jdbc.update("UPDATE area SET name = 'Sungai Rebo' WHERE code = '16.07.01.2001'");
    }

    @Test
    void the_map_shows_the_villages_of_the_scope_for_the_viewport_it_reports() {
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, -11, 94, 6, 142, 5));

        List<String> ids = pointIds(map);
        assertThat(ids).contains("16.07.01.2001", "16.07.01.2002").doesNotContain("35.78.01.1001");
    }

    @Test
    void clicking_a_village_opens_its_panel_with_names_and_kind() {
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new PointClickEvent(map, true, MapView.VILLAGES, "16.07.01.2001"));

        MapPanel panel = _get(MapPanel.class);
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.titleText()).isEqualTo("Sungai Rebo");
        assertThat(panel.getElement().getTextRecursively()).contains("Banyuasin I", "Kabupaten Banyuasin", "Sumatera Selatan", "Desa");
    }

    @Test
    void a_village_name_that_looks_like_html_is_shown_as_text() {
        String name = "<img src=x onerror=alert(1)>";
        jdbc.update("UPDATE area SET name = ? WHERE code = '16.07.01.2001'", name);
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new PointClickEvent(map, true, MapView.VILLAGES, "16.07.01.2001"));

        MapPanel panel = _get(MapPanel.class);
        assertThat(panel.titleText()).isEqualTo(name);
        assertThat(panel.getElement().getChild(0).getChild(0).getChild(0).isTextNode()).isTrue();
    }

    @Test
    void clicking_a_village_outside_the_scope_says_not_found() {
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new PointClickEvent(map, true, MapView.VILLAGES, "35.78.01.1001"));

        assertThat(_get(MapPanel.class).titleText()).isEqualTo("Desa tidak ditemukan");
    }

    private static List<String> pointIds(LeafletMap map) {
        var ids = new ArrayList<String>();
        for (JsonNode p : map.stateForTesting().get("data").get(MapView.VILLAGES).get("points")) {
            ids.add(p.get(0).asString());
        }
        return ids;
    }
}
