package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.util.List;
import org.springframework.stereotype.Component;

/** Village outlines, from the zoom where they become readable. */
@Component
class VillageOutlineMapLayer implements MapLayerSource {

    static final String ID = "villageOutlines";
    private static final String COLOR = "#c0392b";
    private final AreaService areas;

    VillageOutlineMapLayer(AreaService areas) {
        this.areas = areas;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        return MapLayerSpec.outlines(t.t("map.layer.village-outlines"), "village-boundary", true, COLOR, 1);
    }

    @Override
    public List<MapStyle> styles() {
        return List.of(MapStyle.of("village-boundary", MapStyle.Shape.LINE, COLOR, 1));
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        return List.of(new LegendEntry("village-boundary", t.t("map.legend.village-outline")));
    }

    @Override
    public MapLayerData load(MapViewport viewport) {
        return MapLayerData.geoJson(areas.villageBoundaries(viewport.bounds(), viewport.zoom()));
    }
}
