package id.bpjstk.desasadar.base.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Styles travel to the browser as data and become its stylesheet: only class names, #hex colours and numbers pass. */
class MapStyleTest {

    @Test
    void a_colour_that_carries_css_is_refused() {
        assertThatThrownBy(() -> MapStyle.of("site-point", MapStyle.Shape.SQUARE, "red;} body{display:none", 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_class_name_that_carries_a_selector_is_refused() {
        assertThatThrownBy(() -> MapStyle.of("x{}*", MapStyle.Shape.DOT, "#ffffff", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegendEntry("a\"onload", "label")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_variant_names_its_base_class_and_its_own() {
        var style = MapStyle.of("site-point site-pasar", MapStyle.Shape.SQUARE, "#c2185b", 18);
        assertThat(style.cssClass()).isEqualTo("site-point site-pasar");
    }

    @Test
    void the_map_sends_styles_and_area_fills_as_data() {
        var map = new LeafletMap();
        map.setStyles(java.util.List.of(MapStyle.of("coverage-class-0", MapStyle.Shape.FILL, "#ffffcc", 12)));
        map.addLayer("areas", MapLayerSpec.areas("Areas", "map-area", true));
        map.setAreaLayer("areas", "{\"type\":\"FeatureCollection\",\"features\":[]}",
                java.util.Map.of("35", new AreaFill("#253494", "<b>12</b>")), new AreaFill("#bdbdbd", "No data"), true);

        var state = map.stateForTesting();
        assertThat(state.get("styles").get(0).get("color").asString()).isEqualTo("#ffffcc");
        assertThat(state.get("data").get("areas").get("fills").get("35").get(1).asString()).isEqualTo("<b>12</b>"); // text, set as text
        assertThat(state.get("data").get("areas").get("noData").get(0).asString()).isEqualTo("#bdbdbd");
    }
}
