package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Work sites on the map, one colour per type; draggable for those who may move them (coordinators, administrators).
 * A new site type needs its colour here (the switch will not compile without it) and its label in the messages.
 */
@Component
class SiteMapLayer implements MapLayerSource {

    static final String ID = "sites";
    private final SiteService sites;
    private final CurrentUser currentUser;

    SiteMapLayer(SiteService sites, CurrentUser currentUser) {
        this.sites = sites;
        this.currentUser = currentUser;
    }

    static String color(SiteType type) {
        return switch (type) {
            case PERKEBUNAN -> "#2e7d32";
            case PASAR -> "#c2185b";
            case TPI -> "#0277bd";
            case SENTRA_INDUSTRI_RUMAHAN -> "#ef6c00";
            case UMKM_BINAAN -> "#6d4c41";
            case LAINNYA -> "#5b3cc4";
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        boolean editor = currentUser.editsFieldWork();
        String label = t.t("map.layer.sites");
        return editor ? MapLayerSpec.draggablePoints(label, "site-point", true, 18) : MapLayerSpec.points(label, "site-point", true, 18);
    }

    @Override
    public List<MapStyle> styles() {
        var styles = new ArrayList<MapStyle>();
        styles.add(MapStyle.of("site-point", MapStyle.Shape.SQUARE, color(SiteType.LAINNYA), 18));
        for (SiteType type : SiteType.values()) {
            styles.add(MapStyle.of(SiteService.styleClass(type), MapStyle.Shape.SQUARE, color(type), 18));
        }
        return styles;
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        var entries = new ArrayList<LegendEntry>();
        for (SiteType type : SiteType.values()) {
            entries.add(new LegendEntry(SiteService.styleClass(type), t.t("site.type." + type.name())));
        }
        return entries;
    }

    @Override
    public MapLayerData load(MapViewport viewport) {
        return MapLayerData.points(sites.layer(viewport.bounds()));
    }
}
