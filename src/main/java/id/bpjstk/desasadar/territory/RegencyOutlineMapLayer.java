package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.util.List;
import org.springframework.stereotype.Component;

/** Regency outlines, simplified for the zoom. */
@Component
class RegencyOutlineMapLayer implements MapLayerSource {

    static final String ID = "regencies";
    private static final String COLOR = "#3b4a9f";
    private final AreaService areas;

    RegencyOutlineMapLayer(AreaService areas) {
        this.areas = areas;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        return MapLayerSpec.outlines(t.t("map.layer.regencies"), "regency-boundary", true, COLOR, 1.5);
    }

    @Override
    public List<MapStyle> styles() {
        return List.of(MapStyle.of("regency-boundary", MapStyle.Shape.LINE, COLOR, 2));
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        return List.of(new LegendEntry("regency-boundary", t.t("map.legend.regency")));
    }

    @Override
    public MapLayerData load(MapViewport viewport) {
        return MapLayerData.geoJson(areas.regencyBoundaries(viewport.bounds(), viewport.zoom()));
    }
}
