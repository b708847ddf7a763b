package id.bpjstk.desasadar.base.ui.map;

import java.util.regex.Pattern;

/**
 * One look of a marker or legend swatch, as data: the CSS class(es) it applies to (space-separated, e.g.
 * {@code "site-point site-pasar"} for a variant of {@code site-point}), a shape, a colour and a size. The browser
 * builds its stylesheet from these; class names and colours are checked here and again there, so no style text from
 * the server can carry anything but a class name, a colour and a number.
 */
public record MapStyle(String cssClass, Shape shape, String color, int sizePx, boolean dashed) {

    private static final Pattern CLASSES = Pattern.compile("[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}");

    public enum Shape {
        /** A filled dot with a white rim (villages). */
        DOT,
        /** A filled rounded square with a white rim (sites). */
        SQUARE,
        /** A ring: coloured border, empty middle (events around their village). */
        RING,
        /** A stroke: only a legend swatch for an outline layer. */
        LINE,
        /** A filled square swatch of a choropleth class. */
        FILL
    }

    public MapStyle {
        requireClasses(cssClass);
        requireColor(color);
        if (sizePx < 0 || sizePx > 64) {
            throw new IllegalArgumentException("marker size out of range: " + sizePx);
        }
    }

    public static MapStyle of(String cssClass, Shape shape, String color, int sizePx) {
        return new MapStyle(cssClass, shape, color, sizePx, false);
    }

    static void requireClasses(String cssClass) {
        if (cssClass == null || !CLASSES.matcher(cssClass).matches()) {
            throw new IllegalArgumentException("not a CSS class list: " + cssClass);
        }
    }

    static void requireColor(String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("not a #hex colour: " + color);
        }
    }
}
