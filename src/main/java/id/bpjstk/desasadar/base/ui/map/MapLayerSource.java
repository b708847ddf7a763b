package id.bpjstk.desasadar.base.ui.map;

import java.util.List;
import java.util.Optional;

/**
 * How a feature puts a layer on the map: a Spring bean per layer, found by the map view, which loops over them. The
 * map wrapper and its browser half know no domain word; everything a layer means — its label, its marker looks, its
 * legend, what it loads for a viewport — comes from here, so a new site type or event status is one change in the
 * feature that owns it.
 */
public interface MapLayerSource {

    /** Stable id: the key of the layer's data in the browser and of its clicks. */
    String id();

    /** Drawing and legend order, lowest first. */
    int order();

    /** What kind of layer, its label in the layer switcher, whether it starts visible. */
    MapLayerSpec spec(Translator t);

    /** The looks its markers and swatches may take, as data the browser turns into styles. */
    List<MapStyle> styles();

    /** Its rows in the map's legend. */
    List<LegendEntry> legend(Translator t);

    /** What it shows for one viewport, cut to the caller's scope by the feature's service. */
    MapLayerData load(MapViewport viewport);

    /** An optional choice the user makes for this layer (e.g. which period of events); the view shows it as a select. */
    default Optional<LayerFilter> filter(Translator t) {
        return Optional.empty();
    }

    /** The text of a message key in the viewer's language, as the view's {@code getTranslation} gives it. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... params);
    }
}
