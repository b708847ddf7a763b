package id.bpjstk.desasadar.base.ui.map;

/** One legend row: a swatch drawn with the style of {@code cssClass}, and its plain-text label. */
public record LegendEntry(String cssClass, String label) {

    public LegendEntry {
        MapStyle.requireClasses(cssClass);
    }
}
