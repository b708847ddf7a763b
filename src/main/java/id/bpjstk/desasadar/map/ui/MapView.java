package id.bpjstk.desasadar.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LayerFilter;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import id.bpjstk.desasadar.base.ui.map.MapClickEvent;
import id.bpjstk.desasadar.base.ui.map.PointDragEvent;
import id.bpjstk.desasadar.base.ui.map.PolygonDrawnEvent;
import id.bpjstk.desasadar.base.ui.map.ViewportChangeEvent;
import com.vaadin.flow.component.select.Select;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.site.ui.SiteFormDialog;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.MapSettings;
import id.bpjstk.desasadar.territory.ui.VillageSection;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Home: every feature's map layers ({@link MapLayerSource} beans: villages, sites, events, outlines) for the user's
 * scope, with the details panel beside (or under) it. Coordinators place a site by clicking the map and move it by dragging its marker.
 */
@Route("")
@PermitAll
class MapView extends FlexLayout implements HasDynamicTitle {

    static final String VILLAGES = "villages";
    static final String SITES = "sites";
    static final String EVENTS = "events";
    static final String REGENCIES = "regencies";
    static final String VILLAGE_OUTLINES = "villageOutlines";
    static final String SITE_OUTLINES = "siteOutlines";

    private final AreaService areas;
    private final SiteService sites;
    private final SiteQueries siteQueries;
    private final EventQueries events;
    private final List<MapLayerSource> layers;
    private final Map<String, Select<LayerFilter.Choice>> filters = new LinkedHashMap<>();
    private final LeafletMap map = new LeafletMap();
    private final MapPanel panel = new MapPanel();
    private final boolean editor;
    private final List<VillageSection> villageSections;
    private ViewportChangeEvent lastViewport;
    /** The site whose outline the user is drawing, if any. */
    private Long drawingFor;

    MapView(AreaService areas, SiteService sites, SiteQueries siteQueries, EventQueries events, MapSettings settings,
            CurrentUser currentUser, List<VillageSection> villageSections, List<MapLayerSource> layers) {
        this.layers = layers.stream().sorted(Comparator.comparingInt(MapLayerSource::order)).toList();
        this.areas = areas;
        this.villageSections = villageSections.stream().sorted(Comparator.comparingInt(VillageSection::order)).toList();
        this.sites = sites;
        this.siteQueries = siteQueries;
        this.events = events;
        this.editor = currentUser.editsFieldWork();
        addClassName("map-view");
        setSizeFull();

        map.addClassName("map");
        // the map's own attribution names the data drawn on it (the bundled outlines and centroids are MIT, with credit)
        map.setTiles(settings.tileUrl(), settings.tileAttribution() + " | " + getTranslation("app.attribution"));
        var styles = new ArrayList<MapStyle>();
        var legend = new ArrayList<LegendEntry>();
        legend.add(new LegendEntry(LeafletMap.CLUSTER_CLASS, getTranslation("map.legend.cluster")));
        for (MapLayerSource layer : this.layers) {
            map.addLayer(layer.id(), layer.spec(this::getTranslation));
            styles.addAll(layer.styles());
            legend.addAll(layer.legend(this::getTranslation));
            layer.filter(this::getTranslation).ifPresent(f -> filters.put(layer.id(), filterSelect(f)));
        }
        map.setStyles(styles);
        map.setLegend(getTranslation("map.legend.title"), legend);
        areas.scopeExtent().ifPresentOrElse(map::fitBounds, this::explainMissingCoordinates);

        map.addViewportChangeListener(this::loadViewport);
        map.addLayerToggleListener(e -> {
            if (e.isVisible() && lastViewport != null) {
                loadViewport(lastViewport);
            }
        });
        map.addPointClickListener(e -> {
            if (VILLAGES.equals(e.getLayerId())) {
                areas.findVillage(e.getPointId()).ifPresentOrElse(v -> panel.showVillage(v,
                                villageSections.stream().map(section -> section.create(v.code())).toArray(Component[]::new)),
                        () -> panel.showNotFound("village.not-found", "village.not-found.detail"));
            } else if (SITES.equals(e.getLayerId())) {
                showSite(Long.parseLong(e.getPointId()));
            } else if (EVENTS.equals(e.getLayerId())) {
                events.find(Long.parseLong(e.getPointId())).ifPresentOrElse(panel::showEvent,
                        () -> panel.showNotFound("event.error.not-found", "village.not-found.detail"));
            }
        });
        map.addMapClickListener(this::placeSite);
        map.addPointDragListener(this::moveSite);
        map.addPolygonDrawnListener(e -> {
            if (drawingFor != null && e.isOverLimit()) {
                Refusal.show(new RuleViolation("site.error.outline-too-many-vertices", PolygonDrawnEvent.MAX_VERTICES));
            } else if (drawingFor != null) {
                outlineSite(drawingFor, e.getRing());
            }
            drawingFor = null;
        });
        add(map, panel);
        filters.values().forEach(this::add);
        if (editor) {
            var addSite = new Button(getTranslation("site.add"), VaadinIcon.PLUS.create(), e -> {
                map.setPickingPoint(true);
                Notification.show(getTranslation("site.add.hint"), 4000, Notification.Position.TOP_CENTER);
            });
            addSite.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            addSite.addClassName("add-site");
            add(addSite);
        }
    }

    private Select<LayerFilter.Choice> filterSelect(LayerFilter filter) {
        var select = new Select<LayerFilter.Choice>();
        select.setItems(filter.choices());
        select.setItemLabelGenerator(LayerFilter.Choice::label);
        filter.choices().stream().filter(c -> c.value().equals(filter.initial())).findFirst().ifPresent(select::setValue);
        select.setAriaLabel(filter.label());
        select.addClassName(filter.cssClass());
        select.addValueChangeListener(e -> reload());
        return select;
    }

    private void placeSite(MapClickEvent e) {
        new SiteFormDialog(sites, e.getLat(), e.getLng(), null, saved -> {
            reload();
            showSite(saved.id());
        }).open();
    }

    private void moveSite(PointDragEvent e) {
        if (!SITES.equals(e.getLayerId())) {
            return;
        }
        long id = Long.parseLong(e.getPointId());
        siteQueries.find(id).ifPresent(site -> {
            try {
                sites.move(id, e.getLat(), e.getLng(), site.version());
                showSite(id);
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        reload(); // a refused move snaps back
    }

    private void showSite(long id) {
        siteQueries.find(id).ifPresentOrElse(site -> panel.showSite(site, siteActions(site)),
                () -> panel.showNotFound("site.error.not-found", "village.not-found.detail"));
    }

    private Button[] siteActions(SiteView site) {
        if (!site.editable()) {
            return new Button[0];
        }
        var edit = new Button(getTranslation("site.edit"), e -> new SiteFormDialog(sites, site.lat(), site.lng(), site, saved -> {
            reload();
            showSite(saved.id());
        }).open());
        edit.addClassName("edit-site");
        var draw = new Button(getTranslation(site.hasOutline() ? "site.outline.redraw" : "site.outline.draw"), e -> {
            drawingFor = site.id();
            map.setDrawingPolygon(true);
            Notification.show(getTranslation("site.outline.hint"), 6000, Notification.Position.TOP_CENTER);
        });
        draw.addClassName("draw-outline");
        return new Button[] {edit, draw};
    }

    private void outlineSite(long id, java.util.List<double[]> ring) {
        siteQueries.find(id).ifPresent(site -> {
            try {
                sites.setOutline(id, ring, site.version());
                showSite(id);
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        reload();
    }

    /** A fresh install without map data: say so, and how to get it, instead of showing an empty map. */
    private void explainMissingCoordinates() {
        var notice = new Span(getTranslation("map.no-coordinates"));
        notice.addClassName("map-notice");
        add(notice);
    }

    private void reload() {
        if (lastViewport != null) {
            loadViewport(lastViewport);
        }
    }

    private void loadViewport(ViewportChangeEvent e) {
        lastViewport = e;
        BoundingBox view = e.getBounds();
        for (MapLayerSource layer : layers) {
            if (map.isLayerVisible(layer.id())) {
                Select<LayerFilter.Choice> filter = filters.get(layer.id());
                String choice = filter == null || filter.getValue() == null ? null : filter.getValue().value();
                map.setLayerData(layer.id(), layer.load(new MapViewport(view, e.getZoom(), choice)));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title");
    }
}
