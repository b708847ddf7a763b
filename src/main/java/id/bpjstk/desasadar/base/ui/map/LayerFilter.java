package id.bpjstk.desasadar.base.ui.map;

import java.util.List;

/**
 * A choice that narrows a layer (which events: this month, the last three…), shown by the map view as a select with
 * this CSS class and accessible label; the chosen {@link Choice#value()} reaches {@link MapLayerSource#load}.
 */
public record LayerFilter(String cssClass, String label, List<Choice> choices, String initial) {

    public LayerFilter {
        MapStyle.requireClasses(cssClass);
        choices = List.copyOf(choices);
    }

    public record Choice(String value, String label) {
    }
}
