package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The villages of the scope on the map, coloured by Desa Sadar status: clusters far out, single villages close in. */
@Component
class VillageMapLayer implements MapLayerSource {

    static final String ID = "villages";
    private final AreaService areas;

    VillageMapLayer(AreaService areas) {
        this.areas = areas;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        return MapLayerSpec.points(t.t("map.layer.villages"), "village-point", true, 0);
    }

    static String color(DesignationStatus status) {
        return switch (status) {
            case CANDIDATE -> "#e4572e";
            case IN_PROGRESS -> "#f0a202";
            case DESIGNATED -> "#1e8e3e";
            case REVOKED -> "#6c757d";
        };
    }

    @Override
    public List<MapStyle> styles() {
        var styles = new ArrayList<MapStyle>();
        styles.add(MapStyle.of("village-point", MapStyle.Shape.DOT, color(DesignationStatus.CANDIDATE), 10));
        for (DesignationStatus s : DesignationStatus.values()) {
            styles.add(MapStyle.of(VillagePointIndex.styleClass(s), MapStyle.Shape.DOT, color(s), 10));
        }
        return styles;
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        var entries = new ArrayList<LegendEntry>();
        for (DesignationStatus s : DesignationStatus.values()) {
            entries.add(new LegendEntry(VillagePointIndex.styleClass(s), t.t("status." + s.name())));
        }
        return entries;
    }

    @Override
    public MapLayerData load(id.bpjstk.desasadar.base.ui.map.MapViewport viewport) {
        return MapLayerData.points(areas.villageLayer(viewport.bounds(), viewport.zoom()));
    }
}
