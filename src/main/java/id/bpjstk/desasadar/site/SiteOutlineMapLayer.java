package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.util.List;
import org.springframework.stereotype.Component;

/** The outlines drawn around work sites (a plantation's fields, a market's block). */
@Component
class SiteOutlineMapLayer implements MapLayerSource {

    static final String ID = "siteOutlines";
    private static final String COLOR = "#5b3cc4";
    private final SiteService sites;

    SiteOutlineMapLayer(SiteService sites) {
        this.sites = sites;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        return MapLayerSpec.outlines(t.t("map.layer.site-outlines"), "site-boundary", true, COLOR, 2.5);
    }

    @Override
    public List<MapStyle> styles() {
        return List.of(MapStyle.of("site-boundary", MapStyle.Shape.LINE, COLOR, 2));
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        return List.of(new LegendEntry("site-boundary", t.t("map.layer.site-outlines")));
    }

    @Override
    public MapLayerData load(MapViewport viewport) {
        return MapLayerData.geoJson(sites.outlines(viewport.bounds()));
    }
}
