package id.bpjstk.desasadar.base.ui.map;

import java.util.List;
import java.util.function.Function;

/**
 * A layer of outlines in one colour (regencies, villages, work sites): what differs between them is data, so each
 * feature declares its outline layer in one constructor call and says where the GeoJSON for a viewport comes from.
 */
public abstract class OutlineMapLayer implements MapLayerSource {

    /** How the outline is named, drawn and explained in the legend. */
    public record Look(String layerLabelKey, String cssClass, String color, double width, int legendWidth,
                       String legendLabelKey) {
    }

    private final String id;
    private final int order;
    private final Look look;
    private final Function<MapViewport, String> geoJson;

    protected OutlineMapLayer(String id, int order, Look look, Function<MapViewport, String> geoJson) {
        this.id = id;
        this.order = order;
        this.look = look;
        this.geoJson = geoJson;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        return MapLayerSpec.outlines(t.t(look.layerLabelKey()), look.cssClass(), true, look.color(), look.width());
    }

    @Override
    public List<MapStyle> styles() {
        return List.of(MapStyle.of(look.cssClass(), MapStyle.Shape.LINE, look.color(), look.legendWidth()));
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        return List.of(new LegendEntry(look.cssClass(), t.t(look.legendLabelKey())));
    }

    @Override
    public MapLayerData load(MapViewport viewport) {
        return MapLayerData.geoJson(geoJson.apply(viewport));
    }
}
