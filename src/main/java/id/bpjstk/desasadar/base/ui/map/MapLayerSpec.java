package id.bpjstk.desasadar.base.ui.map;

/**
 * A layer's kind and default look. {@code cssClass} is the marker style of points without one of their own;
 * {@code color} and {@code weight} the stroke of outlines; {@code sizePx} the marker width (0: the map's default).
 */
public record MapLayerSpec(Kind kind, String label, String cssClass, boolean visible, String color, double weight,
                           int sizePx) {

    public enum Kind {
        /** Server clusters far out, single points close in (spiderfied where they overlap). */
        POINTS,
        /** Single points the user may drag, never clustered. */
        DRAGGABLE_POINTS,
        /** GeoJSON outlines with a name tooltip. */
        OUTLINES,
        /** GeoJSON areas (or centroid circles) filled per feature by the server: a choropleth. */
        AREAS
    }

    public MapLayerSpec {
        MapStyle.requireClasses(cssClass);
        if (color != null) {
            MapStyle.requireColor(color);
        }
    }

    public static MapLayerSpec points(String label, String cssClass, boolean visible, int sizePx) {
        return new MapLayerSpec(Kind.POINTS, label, cssClass, visible, null, 0, sizePx);
    }

    public static MapLayerSpec draggablePoints(String label, String cssClass, boolean visible, int sizePx) {
        return new MapLayerSpec(Kind.DRAGGABLE_POINTS, label, cssClass, visible, null, 0, sizePx);
    }

    public static MapLayerSpec outlines(String label, String cssClass, boolean visible, String color, double weight) {
        return new MapLayerSpec(Kind.OUTLINES, label, cssClass, visible, color, weight, 0);
    }

    public static MapLayerSpec areas(String label, String cssClass, boolean visible) {
        return new MapLayerSpec(Kind.AREAS, label, cssClass, visible, null, 0, 0);
    }
}
