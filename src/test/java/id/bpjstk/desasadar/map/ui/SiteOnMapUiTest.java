package id.bpjstk.desasadar.map.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.MapClickEvent;
import id.bpjstk.desasadar.base.ui.map.PolygonDrawnEvent;
import id.bpjstk.desasadar.base.ui.map.ViewportChangeEvent;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.ui.SiteFormDialog;
import id.bpjstk.desasadar.territory.AreaImportService;
import java.io.InputStream;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A coordinator places a work site by clicking the map, fills the form, and sees it on the map. */
@IntegrationTest
class SiteOnMapUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired AreaImportService importer;

    @BeforeEach
    void start() throws Exception {
        SignIn.as(users, "sitemap-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = getClass().getResourceAsStream("/area-import/boundaries-mixed.geojson")) {
            importer.importFile("boundaries-mixed.geojson", in, -1, Progress.NONE);
        }
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "sitemap-coordinator", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_site_placed_by_clicking_the_map_is_saved_in_the_village_under_the_click_and_drawn() {
        LeafletMap map = _get(LeafletMap.class);
        _click(_get(Button.class, spec -> spec.withText("Tambah lokasi kerja")));
        assertThat(map.stateForTesting().get("pick").asBoolean()).isTrue();

        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, -2.995, 104.855));
        SiteFormDialog form = _get(SiteFormDialog.class);
        assertThat(form.getElement().getTextRecursively()).contains("Sungai Rebo");
        _get(form, TextField.class, spec -> spec.withLabel("Nama lokasi")).setValue("Pasar Kalangan Rebo");
        @SuppressWarnings("unchecked")
        ComboBox<SiteType> type = _get(form, ComboBox.class, spec -> spec.withLabel("Jenis lokasi"));
        type.setValue(SiteType.PASAR);
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        ComponentUtil.fireEvent(map, new ViewportChangeEvent(map, true, -3.1, 104.8, -2.9, 104.9, 12));
        var labels = new ArrayList<String>();
        map.stateForTesting().get("data").get(MapView.SITES).get("points").forEach(p -> labels.add(p.get(3).asString()));
        assertThat(labels).contains("Pasar Kalangan Rebo");
        assertThat(_get(MapPanel.class).titleText()).isEqualTo("Pasar Kalangan Rebo");

        _click(_get(_get(MapPanel.class), Button.class, spec -> spec.withText("Gambar batas")));
        assertThat(map.stateForTesting().get("draw").asBoolean()).isTrue();
        ComponentUtil.fireEvent(map, new PolygonDrawnEvent(map, true,
                "[[-2.99,104.85],[-2.99,104.86],[-3.0,104.86],[-3.0,104.85],[-2.99,104.85]]"));

        assertThat(map.stateForTesting().get("data").get(MapView.SITE_OUTLINES).get("geojson").get("features")).hasSize(1);
        _get(_get(MapPanel.class), Button.class, spec -> spec.withText("Gambar ulang batas"));
    }
}
