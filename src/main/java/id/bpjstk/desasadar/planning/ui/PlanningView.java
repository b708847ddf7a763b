package id.bpjstk.desasadar.planning.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.map.AreaClickEvent;
import id.bpjstk.desasadar.base.ui.map.AreaFill;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.planning.PriorityQuery;
import id.bpjstk.desasadar.planning.PriorityService;
import id.bpjstk.desasadar.planning.Reason;
import id.bpjstk.desasadar.planning.VillagePriority;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.MapSettings;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The visit planner (issue 11) at {@code /rencana}. Its first tab ranks the villages of the user's scope by visit
 * priority, with the reasons in words and each component's points, filters (area, Desa Sadar status, occupation,
 * work sites) and the same villages on the map coloured by priority. Adding a village to a plan — the row's button
 * or a click on the map — fires an {@link AddToPlanEvent}: the plan builder (a later tab of this view) listens to it.
 *
 * <p>Over 250 lines because the filters, the ranked grid and the map are one selection: a filter redraws both, a
 * click on either adds to the same plan. The ranking itself is {@code PriorityService}'s and the builder is
 * {@link PlanEditor}.
 */
@Route("rencana")
@RolesAllowed({"ADMIN", "REGIONAL_HEAD", "COORDINATOR"})
class PlanningView extends Div implements HasDynamicTitle {

    static final String LAYER = "priority";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** High, middle, low priority: ColorBrewer OrRd (Cynthia Brewer, Apache-2.0), darkest for the highest. */
    static final String[] COLORS = {"#d7301f", "#fc8d59", "#fdcc8a"};
    private static final String CLASS_STYLE = "priority-class-";

    private final PriorityService priorities;
    private final TabSheet tabs = new TabSheet();
    private final AreaPicker area;
    private final Select<DesignationStatus> status = new Select<>();
    private final Select<Occupation> occupation = new Select<>();
    private final Checkbox withSites = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private final Grid<VillagePriority> grid = new Grid<>();
    private final LeafletMap map = new LeafletMap();
    private final Map<String, VillagePriority> shown = new LinkedHashMap<>();
    private final Map<String, AreaFill> fills = new LinkedHashMap<>();

    PlanningView(PriorityService priorities, AreaService areas, MapSettings settings, PlanBuilderParts plans) {
        this.priorities = priorities;
        addClassName("planning-view");

        area = new AreaPicker(getTranslation("planning.area"), areas, Set.of(AreaLevel.REGENCY, AreaLevel.DISTRICT, AreaLevel.VILLAGE));
        area.setHelperText(getTranslation("planning.area.help"));
        area.addClassName("planning-area");
        status.setLabel(getTranslation("planning.status"));
        status.setItems(DesignationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("status." + s.name()));
        status.addClassName("planning-status");
        occupation.setLabel(getTranslation("planning.occupation"));
        occupation.setItems(Occupation.values());
        occupation.setEmptySelectionAllowed(true);
        occupation.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.messageKey()));
        occupation.addClassName("planning-occupation");
        withSites.setLabel(getTranslation("planning.with-sites"));
        withSites.addClassName("planning-with-sites");
        area.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        occupation.addValueChangeListener(e -> refresh());
        withSites.addValueChangeListener(e -> refresh());
        var filters = new Div(area, status, occupation, withSites);
        filters.addClassName("planning-filters");

        grid.addClassName("planning-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(VillagePriority::rank).setKey("rank").setHeader(getTranslation("planning.rank")).setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::villageCell)).setKey("village").setHeader(getTranslation("planning.village")).setFlexGrow(1);
        grid.addColumn(p -> score(p.score())).setKey("score").setHeader(getTranslation("planning.score")).setWidth("5rem").setFlexGrow(0)
                .setPartNameGenerator(p -> "planning-score");
        grid.setEmptyStateText(getTranslation("planning.empty"));

        map.addClassName("planning-map");
        map.setTiles(settings.tileUrl(), settings.tileAttribution());
        map.addLayer(LAYER, MapLayerSpec.areas(getTranslation("planning.layer"), "map-area", true));
        map.addAreaClickListener(this::mapClicked);

        summary.addClassName("planning-summary");
        var list = new Div(summary, grid);
        list.addClassName("planning-list");
        var body = new Div(map, list);
        body.addClassName("planning-body");
        var priorityTab = new Div(filters, body);
        priorityTab.addClassName("planning-priority");
        tabs.add(getTranslation("planning.tab.priority"), priorityTab);
        tabs.addClassName("planning-tabs");
        add(new H2(getTranslation("planning.title")), tabs);
        refresh();
        plans.attachTo(this);
    }

    // ---- the hook for the plan builder

    /**
     * Adds a village to the plan: fires {@link AddToPlanEvent}. PLAN BUILDER HOOK — the plan tab registers with
     * {@link #addAddToPlanListener} and takes the village from there.
     */
    void addToPlan(VillagePriority village) {
        fireEvent(new AddToPlanEvent(this, false, village));
        Notification.show(getTranslation("planning.added", village.name()), 3000, Notification.Position.BOTTOM_START);
    }

    public Registration addAddToPlanListener(ComponentEventListener<AddToPlanEvent> listener) {
        return addListener(AddToPlanEvent.class, listener);
    }

    /** The tabs of the planner: the priority list is the first; the plan builder adds its own. */
    TabSheet tabs() {
        return tabs;
    }

    // ---- the list

    private void refresh() {
        shown.clear();
        List<VillagePriority> ranked;
        try {
            ranked = priorities.ranked(new PriorityQuery(area.getCode(), status.getValue(), occupation.getValue(),
                    withSites.getValue()));
            summary.setText(ranked.isEmpty() ? getTranslation("planning.empty") : getTranslation("planning.count", ranked.size()));
        } catch (RuleViolation e) {
            ranked = List.of();
            // a national or provincial scope without a chosen area: ask, rather than rank thousands of villages
            summary.setText("planning.error.area-too-wide".equals(e.messageKey()) ? getTranslation("planning.choose-area")
                    : getTranslation(e.messageKey(), e.args()));
        }
        ranked.forEach(p -> shown.put(p.code(), p));
        grid.setItems(ranked);
        drawMap(ranked);
    }

    private Div villageCell(VillagePriority p) {
        var name = new Span(p.name());
        name.addClassName("planning-village-name");
        var district = new Span(p.districtName() + " · " + getTranslation("status." + p.status().name()));
        district.addClassName("planning-village-district");
        var reasons = new UnorderedList();
        reasons.addClassName("planning-reasons");
        for (Reason r : p.reasons()) {
            reasons.add(new ListItem(r.text(this::getTranslation)));
        }
        var points = new Span(p.components().stream().filter(c -> c.points() > 0)
                .map(c -> getTranslation("planning.component." + c.component().name()) + " " + score(c.points()))
                .collect(Collectors.joining(" · ")));
        points.addClassName("planning-points");
        points.getElement().setAttribute("title", getTranslation("planning.points"));
        // the button sits in the village's cell: one column that wraps reads on a phone as on a desktop
        var cell = new Div(name, district, reasons, points, addButton(p));
        cell.addClassName("planning-village");
        return cell;
    }

    private Button addButton(VillagePriority p) {
        var add = new Button(getTranslation("planning.add-to-plan"), VaadinIcon.PLUS.create(), e -> addToPlan(p));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClassName("planning-add");
        add.getElement().setAttribute("aria-label", getTranslation("planning.add-to-plan") + ": " + p.name());
        return add;
    }

    private String score(double value) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    // ---- the map

    /** The ranked villages with coordinates as circles, in three classes by rank: the top, middle and last third. */
    private void drawMap(List<VillagePriority> ranked) {
        fills.clear();
        ArrayNode features = JSON.createArrayNode();
        List<VillagePriority> located = ranked.stream().filter(p -> p.lat() != null && p.lng() != null).toList();
        double[] bounds = thirds(located);
        for (VillagePriority p : located) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.lng()).add(p.lat());
            ObjectNode props = f.putObject("properties");
            props.put("code", p.code());
            props.put("name", p.name());
            fills.put(p.code(), new AreaFill(COLORS[classOf(p.score(), bounds)], "#" + p.rank() + " · " + score(p.score())));
        }
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        map.setAreaLayer(LAYER, JSON.writeValueAsString(collection), fills,
                new AreaFill("#bdbdbd", getTranslation("planning.no-location")), !located.isEmpty());
        var styles = new ArrayList<MapStyle>();
        var legend = new ArrayList<LegendEntry>();
        for (int c = 0; c < COLORS.length; c++) {
            styles.add(MapStyle.of(CLASS_STYLE + c, MapStyle.Shape.FILL, COLORS[c], 12));
        }
        legend.add(new LegendEntry(CLASS_STYLE + 0, getTranslation("planning.class.high", score(bounds[0]))));
        legend.add(new LegendEntry(CLASS_STYLE + 1, getTranslation("planning.class.middle", score(bounds[1]), score(bounds[0]))));
        legend.add(new LegendEntry(CLASS_STYLE + 2, getTranslation("planning.class.low", score(bounds[1]))));
        map.setStyles(styles);
        map.setLegend(getTranslation("planning.legend"), legend);
    }

    /** The lowest score of the top third and of the middle third. */
    private static double[] thirds(List<VillagePriority> located) {
        if (located.isEmpty()) {
            return new double[] {0, 0};
        }
        int n = located.size();
        return new double[] {located.get(Math.max(0, (n + 2) / 3 - 1)).score(), located.get(Math.max(0, (2 * n + 2) / 3 - 1)).score()};
    }

    private static int classOf(double score, double[] bounds) {
        return score >= bounds[0] ? 0 : score >= bounds[1] ? 1 : 2;
    }

    private void mapClicked(AreaClickEvent e) {
        VillagePriority p = shown.get(e.getCode());
        if (p == null) {
            return;
        }
        grid.select(p);
        grid.scrollToItem(p);
        addToPlan(p);
    }

    // ---- for tests

    Grid<VillagePriority> gridForTesting() {
        return grid;
    }

    List<VillagePriority> shownForTesting() {
        return List.copyOf(shown.values());
    }

    Map<String, AreaFill> fillsForTesting() {
        return Map.copyOf(fills);
    }

    AreaPicker areaFilter() {
        return area;
    }

    Select<DesignationStatus> statusFilter() {
        return status;
    }

    Select<Occupation> occupationFilter() {
        return occupation;
    }

    Checkbox sitesFilter() {
        return withSites;
    }

    String summaryText() {
        return summary.getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.title");
    }
}
