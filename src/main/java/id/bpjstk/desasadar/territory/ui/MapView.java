package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LeafletMap.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.ViewportChangeEvent;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.MapSettings;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Home: the villages of the user's scope on the map, with the village panel beside (or over) it. */
@Route("")
@PermitAll
class MapView extends FlexLayout implements HasDynamicTitle {

    static final String VILLAGES = "villages";
    static final String REGENCIES = "regencies";
    static final String VILLAGE_OUTLINES = "villageOutlines";

    private final AreaService areas;
    private final LeafletMap map = new LeafletMap();
    private final VillagePanel panel;
    private ViewportChangeEvent lastViewport;

    MapView(AreaService areas, MapSettings settings) {
        this.areas = areas;
        this.panel = new VillagePanel(areas);
        addClassName("map-view");
        setSizeFull();

        map.addClassName("map");
        map.setTiles(settings.tileUrl(), settings.tileAttribution());
        map.addPointLayer(VILLAGES, getTranslation("map.layer.villages"), "village-point", true);
        map.addOutlineLayer(REGENCIES, getTranslation("map.layer.regencies"), "regency-boundary", true, "#3b4a9f", 1.5);
        map.addOutlineLayer(VILLAGE_OUTLINES, getTranslation("map.layer.village-outlines"), "village-boundary", true, "#c0392b", 1);
        map.setLegend(getTranslation("map.legend.title"), List.of(
                new LegendEntry("map-cluster", getTranslation("map.legend.cluster")),
                status(DesignationStatus.CANDIDATE), status(DesignationStatus.IN_PROGRESS),
                status(DesignationStatus.DESIGNATED), status(DesignationStatus.REVOKED),
                new LegendEntry("regency-boundary", getTranslation("map.legend.regency")),
                new LegendEntry("village-boundary", getTranslation("map.legend.village-outline"))));
        areas.scopeExtent().ifPresentOrElse(map::fitBounds, this::explainMissingCoordinates);

        map.addViewportChangeListener(this::loadViewport);
        map.addLayerToggleListener(e -> {
            if (e.isVisible() && lastViewport != null) {
                loadViewport(lastViewport);
            }
        });
        map.addPointClickListener(e -> {
            if (VILLAGES.equals(e.getLayerId())) {
                panel.show(e.getPointId());
            }
        });
        add(map, panel);
    }

    private LegendEntry status(DesignationStatus status) {
        return new LegendEntry(AreaService.villageStyleClass(status), getTranslation("status." + status.name()));
    }

    /** A fresh install without map data: say so, and how to get it, instead of showing an empty map. */
    private void explainMissingCoordinates() {
        var notice = new Span(getTranslation("map.no-coordinates"));
        notice.addClassName("map-notice");
        add(notice);
    }

    private void loadViewport(ViewportChangeEvent e) {
        lastViewport = e;
        BoundingBox view = e.getBounds();
        map.setPointLayer(VILLAGES, areas.villageLayer(view, e.getZoom()));
        if (map.isLayerVisible(REGENCIES)) {
            map.setGeoJsonLayer(REGENCIES, areas.regencyBoundaries(view, e.getZoom()));
        }
        if (map.isLayerVisible(VILLAGE_OUTLINES)) {
            map.setGeoJsonLayer(VILLAGE_OUTLINES, areas.villageBoundaries(view, e.getZoom()));
        }
    }

    LeafletMap map() {
        return map;
    }

    VillagePanel panel() {
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.title");
    }
}
