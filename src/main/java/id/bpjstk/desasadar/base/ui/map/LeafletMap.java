package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapCluster;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The project's own Leaflet map: a thin Java API over {@code frontend/leaflet-map.ts}. It knows nothing
 * of the domain: layers are named point layers (server clusters or single points), GeoJSON outlines and GeoJSON
 * areas filled per feature (a choropleth); what they look like arrives as {@link MapStyle} data, and features
 * describe their layers through {@link MapLayerSource}.
 *
 * <p>The Java side keeps the whole map state. Changes made during one server round trip are sent to the
 * browser as one batch just before the response; on (re)attach the whole state is sent again, so a
 * reloaded or re-attached map shows the same thing.
 *
 * <p>Over 250 lines because it is the one Java peer of {@code leaflet-map.ts}: every kind of layer, the styles, the
 * legend and the browser's events pass through the one state it sends as a batch. The layers' data and styles belong
 * to the features' map layers (decision 034); this class knows no domain word.
 */
@Tag("dsjs-leaflet-map")
@JsModule("./leaflet-map.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.22")
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6")
public class LeafletMap extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode state = JSON.createObjectNode();
    private final Map<String, ObjectNode> layers = new LinkedHashMap<>();
    private ObjectNode pending = JSON.createObjectNode();
    private boolean flushScheduled;
    private boolean clickExpected;
    private boolean outlineExpected;

    public LeafletMap() {
        setSizeFull();
        addListener(LayerToggleEvent.class, this::rememberVisibility);
        // the browser leaves pick mode after one click: so does the server's copy of the state. Whether the server had
        // asked for the click is kept first (these listeners run before any other), because a crafted event can come at
        // any time and is then not passed on (issue 13, item 2)
        addListener(MapClickEvent.class, e -> clickExpected = armed("pick"));
        addListener(PolygonDrawnEvent.class, e -> outlineExpected = armed("draw"));
    }

    /** The XYZ tile template; null or blank draws a plain background (no tile server needed). */
    public void setTiles(String urlTemplate, String attribution) {
        ObjectNode tiles = JSON.createObjectNode();
        tiles.put("url", urlTemplate == null ? "" : urlTemplate);
        tiles.put("attribution", attribution == null ? "" : attribution);
        change("tiles", tiles);
    }

    public void fitBounds(BoundingBox box) {
        change("fit", box(box));
    }

    /** While on, clicks on the map draw a polygon, reported as a {@link PolygonDrawnEvent} when closed. */
    public void setDrawingPolygon(boolean drawing) {
        change("draw", tools.jackson.databind.node.BooleanNode.valueOf(drawing));
    }

    /** While on, the next click on the map is reported as a {@link MapClickEvent} (to place something). */
    public void setPickingPoint(boolean picking) {
        change("pick", tools.jackson.databind.node.BooleanNode.valueOf(picking));
    }

    /** Adds (or redefines) a layer; layers are drawn in the order they were first added. */
    public void addLayer(String id, MapLayerSpec spec) {
        ObjectNode layer = JSON.createObjectNode();
        layer.put("id", id);
        layer.put("kind", spec.kind().name());
        layer.put("label", spec.label());
        layer.put("cssClass", spec.cssClass());
        layer.put("visible", spec.visible());
        if (spec.color() != null) {
            layer.put("color", spec.color());
            layer.put("weight", spec.weight());
        }
        if (spec.sizePx() > 0) {
            layer.put("size", spec.sizePx());
        }
        layers.put(id, layer);
        change("layers", layerArray());
    }

    /**
     * The looks markers and legend swatches may take (all layers together; a later call replaces them). The browser
     * turns them into its stylesheet, so it needs to know no class name in advance.
     */
    public void setStyles(List<MapStyle> styles) {
        ArrayNode array = JSON.createArrayNode();
        for (MapStyle s : styles) {
            ObjectNode style = array.addObject();
            style.put("cssClass", s.cssClass());
            style.put("shape", s.shape().name());
            style.put("color", s.color());
            style.put("size", s.sizePx());
            style.put("dashed", s.dashed());
        }
        change("styles", array);
    }

    /** A layer's data as its source loaded it. */
    public void setLayerData(String id, MapLayerData data) {
        switch (data) {
            case MapLayerData.Points p -> setPointLayer(id, p.layer());
            case MapLayerData.GeoJson g -> setGeoJsonLayer(id, g.featureCollection());
        }
    }

    /**
     * A choropleth: the shapes (GeoJSON features with {@code properties.code} and {@code name}; polygons, or points
     * drawn as circles where no outline exists) and each area's fill; an area missing from {@code fills} gets
     * {@code noData}, which the caller makes distinct from every class (no data is not zero). {@code fit}: the map
     * then frames these areas.
     */
    public void setAreaLayer(String id, String featureCollection, Map<String, AreaFill> fills, AreaFill noData, boolean fit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.putRawValue("geojson", new RawValue(SharedText.of(featureCollection)));
        ObjectNode byCode = JSON.createObjectNode();
        fills.forEach((code, fill) -> byCode.putArray(code).add(fill.color()).add(fill.label()));
        node.putRawValue("fills", compact(byCode));
        node.putArray("noData").add(noData.color()).add(noData.label());
        node.put("fit", fit);
        putData(id, node);
    }

    public boolean isLayerVisible(String id) {
        ObjectNode layer = layers.get(id);
        return layer != null && layer.get("visible").asBoolean();
    }

    public void setPointLayer(String id, PointLayer data) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        // compact arrays rather than objects: a national view is a few hundred of these
        ArrayNode clusters = JSON.createArrayNode();
        for (MapCluster c : data.clusters()) {
            clusters.addArray().add(round(c.lat())).add(round(c.lng())).add(c.count())
                    .add(round(c.extent().south())).add(round(c.extent().west()))
                    .add(round(c.extent().north())).add(round(c.extent().east()));
        }
        ArrayNode points = JSON.createArrayNode();
        for (MapPoint p : data.points()) {
            var point = points.addArray().add(p.id()).add(round(p.lat())).add(round(p.lng())).add(p.label());
            if (p.styleClass() != null || p.badge() != null) {
                point.add(p.styleClass());
            }
            if (p.badge() != null) {
                point.add(p.badge());
            }
        }
        node.putRawValue("clusters", compact(clusters));
        node.putRawValue("points", compact(points));
        putData(id, node);
    }

    /** A GeoJSON FeatureCollection, as text (features carry {@code properties.code} and {@code name}). */
    public void setGeoJsonLayer(String id, String featureCollection) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.putRawValue("geojson", new RawValue(SharedText.of(featureCollection)));
        putData(id, node);
    }

    /** Legend rows: a CSS class for the swatch (one of the {@link #setStyles styles}) and its plain-text label. */
    public void setLegend(String title, List<LegendEntry> entries) {
        ObjectNode legend = JSON.createObjectNode();
        legend.put("title", title);
        ArrayNode rows = legend.putArray("entries");
        entries.forEach(e -> rows.addArray().add(e.cssClass()).add(e.label()));
        change("legend", legend);
    }

    /** The swatch class of the map's own cluster bubbles, for a legend row. */
    public static final String CLUSTER_CLASS = "map-cluster";

    public Registration addViewportChangeListener(ComponentEventListener<ViewportChangeEvent> listener) {
        return addListener(ViewportChangeEvent.class, listener);
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** Clicks while {@link #setPickingPoint picking}; a click the server did not ask for is not passed on. */
    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, e -> {
            if (clickExpected) {
                listener.onComponentEvent(e);
            }
        });
    }

    /** Outlines drawn while {@link #setDrawingPolygon drawing}; one the server did not ask for is not passed on. */
    public Registration addPolygonDrawnListener(ComponentEventListener<PolygonDrawnEvent> listener) {
        return addListener(PolygonDrawnEvent.class, e -> {
            if (outlineExpected) {
                listener.onComponentEvent(e);
            }
        });
    }

    /** Drags of points of a {@link MapLayerSpec.Kind#DRAGGABLE_POINTS} layer; any other drag is not passed on. */
    public Registration addPointDragListener(ComponentEventListener<PointDragEvent> listener) {
        return addListener(PointDragEvent.class, e -> {
            ObjectNode layer = layers.get(e.getLayerId());
            if (layer != null && MapLayerSpec.Kind.DRAGGABLE_POINTS.name().equals(layer.get("kind").asString())) {
                listener.onComponentEvent(e);
            }
        });
    }

    /** Whether the state asked the browser for a one-off input ({@code pick}, {@code draw}); it is then over. */
    private boolean armed(String key) {
        boolean armed = state.path(key).asBoolean(false);
        state.put(key, false);
        return armed;
    }

    public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
        return addListener(AreaClickEvent.class, listener);
    }

    public Registration addLayerToggleListener(ComponentEventListener<LayerToggleEvent> listener) {
        return addListener(LayerToggleEvent.class, listener);
    }

    /** The user switched a layer in the browser: remember it, so a re-sync does not switch it back. */
    private void rememberVisibility(LayerToggleEvent e) {
        ObjectNode layer = layers.get(e.getLayerId());
        if (layer != null) {
            layer.put("visible", e.isVisible());
            state.set("layers", layerArray());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pending = state.deepCopy(); // re-sync everything: the browser side may be new
        scheduleFlush();
    }

    private void putData(String id, ObjectNode data) {
        ObjectNode all = state.has("data") ? (ObjectNode) state.get("data") : state.putObject("data");
        all.set(id, data);
        ObjectNode changed = pending.has("data") ? (ObjectNode) pending.get("data") : pending.putObject("data");
        changed.set(id, data);
        scheduleFlush();
    }

    private void change(String key, JsonNode value) {
        state.set(key, value);
        pending.set(key, value);
        scheduleFlush();
    }

    private ArrayNode layerArray() {
        ArrayNode array = JSON.createArrayNode();
        layers.values().forEach(array::add);
        return array;
    }

    /** One call per round trip, however many changes were made during it. */
    private void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        getUI().ifPresent(ui -> {
            flushScheduled = true;
            ui.beforeClientResponse(this, ctx -> {
                flushScheduled = false;
                if (!pending.isEmpty()) {
                    String batch = JSON.writeValueAsString(pending);
                    pending = JSON.createObjectNode();
                    getElement().callJsFunction("applyState", batch);
                }
            });
        });
    }

    /**
     * Layer data kept as the text sent to the browser rather than as a tree: a tree of a national outline layer holds
     * hundreds of thousands of nodes per open map (about 3 MB per user), the text a few bytes per character, and the
     * GeoJSON text is the caller's own (often cached, so shared by every user's map) string (issue 14, item 6).
     */
    private static RawValue compact(JsonNode tree) {
        return new RawValue(JSON.writeValueAsString(tree));
    }

    /** What the last batch sent to the browser contained, as a tree; for tests of the server side. */
    public ObjectNode stateForTesting() {
        return (ObjectNode) JSON.readTree(JSON.writeValueAsString(state));
    }

    /** The fills of an area layer as sent, read back from the state (views need not keep a copy of their own). */
    public Map<String, AreaFill> areaFillsForTesting(String id) {
        var fills = new LinkedHashMap<String, AreaFill>();
        stateForTesting().path("data").path(id).path("fills").properties()
                .forEach(e -> fills.put(e.getKey(), new AreaFill(e.getValue().get(0).asString(), e.getValue().get(1).asString())));
        return fills;
    }

    private static ObjectNode box(BoundingBox b) {
        ObjectNode node = JSON.createObjectNode();
        node.put("south", b.south());
        node.put("west", b.west());
        node.put("north", b.north());
        node.put("east", b.east());
        return node;
    }

    /** Five decimals (about a metre) is all a map can show. */
    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
