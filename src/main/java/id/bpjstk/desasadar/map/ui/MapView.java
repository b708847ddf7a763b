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
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LeafletMap.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapClickEvent;
import id.bpjstk.desasadar.base.ui.map.PointDragEvent;
import id.bpjstk.desasadar.base.ui.map.ViewportChangeEvent;
import com.vaadin.flow.component.select.Select;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.site.ui.SiteFormDialog;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.MapSettings;
import id.bpjstk.desasadar.territory.VillageSection;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Home: the villages and work sites of the user's scope on the map, with the details panel beside (or
 * under) it. Coordinators place a site by clicking the map and move it by dragging its marker.
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
    private final EventService events;
    private final Select<EventPeriod> period = new Select<>();
    private final LeafletMap map = new LeafletMap();
    private final MapPanel panel = new MapPanel();
    private final boolean editor;
    private final List<VillageSection> villageSections;
    private ViewportChangeEvent lastViewport;
    /** The site whose outline the user is drawing, if any. */
    private Long drawingFor;

    MapView(AreaService areas, SiteService sites, EventService events, MapSettings settings, CurrentUser currentUser,
            List<VillageSection> villageSections) {
        this.areas = areas;
        this.villageSections = villageSections.stream().sorted(Comparator.comparingInt(VillageSection::order)).toList();
        this.sites = sites;
        this.events = events;
        this.editor = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR);
        addClassName("map-view");
        setSizeFull();

        map.addClassName("map");
        // the map's own attribution names the data drawn on it (the bundled outlines and centroids are MIT, with credit)
        map.setTiles(settings.tileUrl(), settings.tileAttribution() + " | " + getTranslation("app.attribution"));
        map.addPointLayer(VILLAGES, getTranslation("map.layer.villages"), "village-point", true);
        if (editor) {
            map.addDraggablePointLayer(SITES, getTranslation("map.layer.sites"), "site-point", true);
        } else {
            map.addPointLayer(SITES, getTranslation("map.layer.sites"), "site-point", true);
        }
        map.addPointLayer(EVENTS, getTranslation("map.layer.events"), "event-point", true, 18);
        map.addOutlineLayer(REGENCIES, getTranslation("map.layer.regencies"), "regency-boundary", true, "#3b4a9f", 1.5);
        map.addOutlineLayer(VILLAGE_OUTLINES, getTranslation("map.layer.village-outlines"), "village-boundary", true, "#c0392b", 1);
        map.addOutlineLayer(SITE_OUTLINES, getTranslation("map.layer.site-outlines"), "site-boundary", true, "#5b3cc4", 2.5);
        map.setLegend(getTranslation("map.legend.title"), legend());
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
            if (drawingFor != null) {
                outlineSite(drawingFor, e.getRing());
                drawingFor = null;
            }
        });
        add(map, panel);
        period.setItems(EventPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("map.events." + p.name()));
        period.setValue(EventPeriod.THIS_MONTH);
        period.setAriaLabel(getTranslation("map.layer.events"));
        period.addClassName("event-period");
        period.addValueChangeListener(e -> reload());
        add(period);
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

    private List<LegendEntry> legend() {
        var entries = new ArrayList<LegendEntry>();
        entries.add(new LegendEntry("map-cluster", getTranslation("map.legend.cluster")));
        for (DesignationStatus s : DesignationStatus.values()) {
            entries.add(new LegendEntry(AreaService.villageStyleClass(s), getTranslation("status." + s.name())));
        }
        for (EventStatus s : EventStatus.values()) {
            entries.add(new LegendEntry(EventService.styleClass(s), getTranslation("map.legend.event", getTranslation("event.status." + s.name()))));
        }
        for (SiteType t : SiteType.values()) {
            entries.add(new LegendEntry(SiteService.styleClass(t), getTranslation("site.type." + t.name())));
        }
        entries.add(new LegendEntry("regency-boundary", getTranslation("map.legend.regency")));
        entries.add(new LegendEntry("village-boundary", getTranslation("map.legend.village-outline")));
        entries.add(new LegendEntry("site-boundary", getTranslation("map.layer.site-outlines")));
        return entries;
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
        sites.find(id).ifPresent(site -> {
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
        sites.find(id).ifPresentOrElse(site -> panel.showSite(site, siteActions(site)),
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
        sites.find(id).ifPresent(site -> {
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
        map.setPointLayer(VILLAGES, areas.villageLayer(view, e.getZoom()));
        if (map.isLayerVisible(SITES)) {
            map.setPointLayer(SITES, sites.layer(view));
        }
        if (map.isLayerVisible(EVENTS)) {
            map.setPointLayer(EVENTS, events.layer(view, period.getValue().from(), period.getValue().to()));
        }
        if (map.isLayerVisible(SITE_OUTLINES)) {
            map.setGeoJsonLayer(SITE_OUTLINES, sites.outlines(view));
        }
        if (map.isLayerVisible(REGENCIES)) {
            map.setGeoJsonLayer(REGENCIES, areas.regencyBoundaries(view, e.getZoom()));
        }
        if (map.isLayerVisible(VILLAGE_OUTLINES)) {
            map.setGeoJsonLayer(VILLAGE_OUTLINES, areas.villageBoundaries(view, e.getZoom()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title");
    }
}
