package id.bpjstk.desasadar.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.ui.TextTable;
import id.bpjstk.desasadar.base.ui.chart.ChartSpec;
import id.bpjstk.desasadar.base.ui.chart.ChartWithTable;
import id.bpjstk.desasadar.base.ui.map.AreaClickEvent;
import id.bpjstk.desasadar.base.ui.map.AreaFill;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageRebuild;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.CoverageQueries;
import id.bpjstk.desasadar.territory.AreaOverviewService;
import id.bpjstk.desasadar.territory.MapSettings;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Coverage against targets (issue 10): a choropleth of the selected area's children coloured by the chosen metric,
 * drill down by click and back up by the breadcrumb, and beside it (under it on a phone) the figures of the selected
 * area and period — KPI cards, child areas against their targets, the monthly trend, the reach → enrolled → active
 * funnel, the office and agent leaderboards and the villages per Desa Sadar status. Every figure comes from
 * {@link CoverageQueries}, which cuts it to the caller's scope; the view only chooses what to ask.
 *
 * <p>Over 250 lines because the map, the breadcrumb and the panel are drawn from one selection (area, metric,
 * period) in one refresh; the parts that stand alone are already apart ({@link KpiCard}, {@link Classes},
 * {@code ChartWithTable}, {@code TextTable}).
 */
@Route("cakupan")
@RolesAllowed({"ADMIN", "REGIONAL_HEAD", "COORDINATOR", "PARTNER"})
class CoverageView extends Div implements HasDynamicTitle {

    static final String AREAS = "coverage";
    private static final String CLASS_STYLE = "coverage-class-";
    private static final String NO_DATA_STYLE = "coverage-no-data";

    private final CoverageQueries coverage;
    private final AreaOverviewService overview;
    private final TargetLookup targets;

    private final Select<Metric> metric = new Select<>();
    private final Select<PeriodKind> periodKind = new Select<>();
    private final Select<CoveragePeriod> period = new Select<>();
    private final Nav breadcrumb = new Nav();
    private final LeafletMap map = new LeafletMap();
    private final Div panel = new Div();
    private final H3 areaTitle = new H3();
    private final KpiCard targetCard;
    private final KpiCard realizedCard;
    private final KpiCard achievementCard;
    private final KpiCard changeCard;
    private final KpiCard enrolledCard;
    private final KpiCard activeCard;
    private final KpiCard contributionsCard;
    private final ChartWithTable childChart;
    private final ChartWithTable trendChart;
    private final ChartWithTable funnelChart;
    private final Paragraph funnelRatio = new Paragraph();
    private final ChartWithTable statusChart;
    /** Leaderboards as text tables, not grids: ten read-only rows need no data communicator in every session. */
    private final TextTable offices = new TextTable("chart-table", "leaderboard-offices");
    private final TextTable agents = new TextTable("chart-table", "leaderboard-agents");
    private final YearMonth now;

    /** The selected area: "" the nation, else a province … village code. */
    private String code;
    private Classes classes;

    private final Clock clock;

    CoverageView(CoverageQueries coverage, AreaOverviewService overview, ObjectProvider<TargetLookup> targets,
                 CurrentUser currentUser, MapSettings settings, CoverageRebuild store, Clock clock) {
        this.clock = clock;
        this.coverage = coverage;
        this.overview = overview;
        this.targets = targets.getIfUnique(() -> TargetLookup.NONE);
        this.now = YearMonth.now(clock);
        addClassName("coverage-view");
        setSizeFull();

        metric.setLabel(getTranslation("coverage.metric"));
        metric.setItems(Metric.values());
        metric.setItemLabelGenerator(m -> getTranslation("coverage.metric." + m.name()));
        metric.setValue(Metric.ENROLLED);
        metric.addClassName("coverage-metric");
        periodKind.setLabel(getTranslation("coverage.period-kind"));
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(k -> getTranslation("coverage.period-kind." + k.name()));
        periodKind.addClassName("coverage-period-kind");
        period.setLabel(getTranslation("coverage.period"));
        period.addClassName("coverage-period");
        periodKind.addValueChangeListener(e -> {
            var options = e.getValue().recent(now);
            period.setItems(options);
            period.setItemLabelGenerator(p -> e.getValue().label(p, getLocale(), getTranslation("coverage.quarter-prefix")));
            period.setValue(options.getFirst());
        });
        periodKind.setValue(PeriodKind.YEAR);
        breadcrumb.addClassName("coverage-breadcrumb");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("coverage.breadcrumb"));
        var toolbar = new Div(metric, periodKind, period);
        toolbar.addClassName("coverage-toolbar");
        if (currentUser.hasRole(Role.ADMIN)) {
            // for a store that drifted from the raw rows (writes around the app, a restored backup): decision 009
            var rebuild = new Button(getTranslation("coverage.rebuild"), e -> {
                store.rebuild();
                Notification.show(getTranslation("coverage.rebuilt"));
                refresh();
            });
            rebuild.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            rebuild.addClassName("coverage-rebuild");
            toolbar.add(rebuild);
        }

        map.addClassName("coverage-map");
        map.setTiles(settings.tileUrl(), settings.tileAttribution());
        map.addLayer(AREAS, MapLayerSpec.areas(getTranslation("coverage.layer"), "map-area", true));
        map.addAreaClickListener(this::drill);

        targetCard = new KpiCard("kpi-target", getTranslation("coverage.kpi.target"));
        realizedCard = new KpiCard("kpi-realized", getTranslation("coverage.kpi.realized"));
        achievementCard = new KpiCard("kpi-achievement", getTranslation("coverage.kpi.achievement"));
        changeCard = new KpiCard("kpi-change", getTranslation("coverage.kpi.change"));
        enrolledCard = new KpiCard("kpi-enrolled", getTranslation("coverage.metric.ENROLLED"));
        activeCard = new KpiCard("kpi-active", getTranslation("coverage.metric.ACTIVE"));
        contributionsCard = new KpiCard("kpi-contributions", getTranslation("coverage.kpi.contributions"));
        var cards = new Div(targetCard, realizedCard, achievementCard, changeCard, enrolledCard, activeCard, contributionsCard);
        cards.addClassName("kpi-cards");
        String numbers = getTranslation("coverage.chart.numbers");
        childChart = new ChartWithTable("cakupan-wilayah", numbers);
        childChart.addClassName("chart-children");
        trendChart = new ChartWithTable("cakupan-tren", numbers);
        trendChart.addClassName("chart-trend");
        funnelChart = new ChartWithTable("cakupan-corong", numbers);
        funnelChart.addClassName("chart-funnel");
        funnelChart.setChartHeight("160px");
        funnelRatio.addClassName("funnel-ratio");
        statusChart = new ChartWithTable("cakupan-status-desa", numbers);
        statusChart.addClassName("chart-status");
        statusChart.setChartHeight("180px");

        var illustrative = new Span(getTranslation("coverage.targets-illustrative"));
        illustrative.addClassName("coverage-note");
        panel.addClassName("coverage-panel");
        panel.add(areaTitle, cards, illustrative, childChart, trendChart, funnelChart, funnelRatio,
                new H4(getTranslation("coverage.offices")), offices, new H4(getTranslation("coverage.agents")), agents, statusChart);
        var body = new Div(map, panel);
        body.addClassName("coverage-body");
        add(toolbar, breadcrumb, body);

        code = startCode(currentUser.scope());
        metric.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        refresh();
    }

    /** A user with one scope area starts there; the nation otherwise (the service shows only what is in scope). */
    private static String startCode(AreaScope scope) {
        return scope.codes().size() == 1 ? scope.codes().getFirst() : "";
    }

    private void drill(AreaClickEvent e) {
        select(e.getCode());
    }

    /** Selects an area: its children on the map (a village: its siblings), its figures in the panel. */
    void select(String code) {
        if (!code.isEmpty() && overview.path(code).isEmpty()) {
            return; // out of scope or unknown: nothing to show
        }
        this.code = code;
        refresh();
    }

    private String mapParent() {
        return code.length() == 13 ? code.substring(0, 8) : code;
    }

    private void refresh() {
        CoveragePeriod p = period.getValue();
        if (p == null) {
            return;
        }
        // read once per refresh, not kept: the map and the bar chart show the same children and targets
        List<CoverageFigures> children = coverage.children(mapParent(), p);
        Map<String, Long> childTargets = targets.targets(children.stream().map(CoverageFigures::code).toList(),
                TargetMeasure.NEW_PARTICIPANTS, p);
        drawMap(children, childTargets);
        drawBreadcrumb();
        drawPanel(p, children, childTargets);
    }

    private void drawMap(List<CoverageFigures> children, Map<String, Long> childTargets) {
        String parent = mapParent();
        Metric m = metric.getValue();
        Map<String, Double> values = new LinkedHashMap<>();
        for (CoverageFigures f : children) {
            values.put(f.code(), m.value(f, childTargets.get(f.code())));
        }
        classes = m.fixedBreaks() != null ? Classes.fixed(m.fixedBreaks()) : Classes.quantiles(values.values());
        var fills = new LinkedHashMap<String, AreaFill>();
        values.forEach((c, v) -> {
            if (v != null) {
                fills.put(c, new AreaFill(classes.colorOf(v), format(m, v)));
            }
        });
        var noData = new AreaFill(Classes.NO_DATA, getTranslation("coverage.no-data"));
        map.setAreaLayer(AREAS, overview.childShapes(parent, zoomFor(parent)), fills, noData, true);
        var styles = new ArrayList<MapStyle>();
        var legend = new ArrayList<LegendEntry>();
        for (int c = 0; c < classes.classes(); c++) {
            styles.add(MapStyle.of(CLASS_STYLE + c, MapStyle.Shape.FILL, classes.color(c), 12));
            legend.add(new LegendEntry(CLASS_STYLE + c, classLabel(m, c)));
        }
        styles.add(new MapStyle(NO_DATA_STYLE, MapStyle.Shape.FILL, Classes.NO_DATA, 12, true));
        legend.add(new LegendEntry(NO_DATA_STYLE, getTranslation("coverage.no-data")));
        map.setStyles(styles);
        map.setLegend(getTranslation("coverage.metric." + m.name()), legend);
    }

    private String classLabel(Metric m, int c) {
        var breaks = classes.breakList();
        if (breaks.isEmpty()) {
            return getTranslation("coverage.class.all");
        }
        if (c == 0) {
            return "≤ " + format(m, breaks.getFirst());
        }
        if (c == breaks.size()) {
            return "> " + format(m, breaks.getLast());
        }
        return "> " + format(m, breaks.get(c - 1)) + " – " + format(m, breaks.get(c));
    }

    private static int zoomFor(String parent) {
        return switch (parent.length()) {
            case 0 -> 5;
            case 2 -> 7;
            case 5 -> 9;
            default -> 11;
        };
    }

    private void drawBreadcrumb() {
        breadcrumb.removeAll();
        breadcrumb.add(crumb("", getTranslation("coverage.nation")));
        for (var step : overview.path(code)) {
            breadcrumb.add(new Span("›"));
            breadcrumb.add(crumb(step.code(), step.name()));
        }
    }

    private Button crumb(String target, String name) {
        var button = new Button(name, e -> select(target));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName("crumb");
        if (target.equals(code)) {
            button.getElement().setAttribute("aria-current", "page");
        }
        return button;
    }

    private void drawPanel(CoveragePeriod p, List<CoverageFigures> children, Map<String, Long> childTargets) {
        var path = overview.path(code);
        String name = path.isEmpty() ? getTranslation("coverage.nation") : path.getLast().name();
        areaTitle.setText(name + " · " + periodKind.getValue().label(p, getLocale(), getTranslation("coverage.quarter-prefix")));
        CoverageFigures f = coverage.area(code, p);
        CoverageFigures lastYear = coverage.area(code, p.yearBefore());
        Long target = targets.target(code, TargetMeasure.NEW_PARTICIPANTS, p);
        targetCard.set(target == null ? "–" : number(target), getTranslation("coverage.kpi.target.detail"));
        realizedCard.set(f == null ? "–" : number(f.newEnrollments()), getTranslation("coverage.kpi.realized.detail"));
        achievementCard.set(f == null || target == null || target == 0 ? "–" : percent((double) f.newEnrollments() / target), null);
        changeCard.set(change(f == null ? null : f.newEnrollments(), lastYear == null ? null : lastYear.newEnrollments()),
                getTranslation("coverage.kpi.change.detail"));
        enrolledCard.set(f == null ? "–" : number(f.enrolled()), null);
        activeCard.set(f == null ? "–" : number(f.active()),
                f == null || f.activeShare() == null ? null : getTranslation("coverage.kpi.active.detail", percent(f.activeShare())));
        contributionsCard.set(f == null ? "–" : "Rp " + number(f.contributions()), null);

        drawChildChart(children, childTargets);
        drawTrend(p);
        drawFunnel(f);
        offices.setRows(List.of(getTranslation("coverage.office"), getTranslation("coverage.acquisitions"), getTranslation("coverage.collected")),
                coverage.offices(code, p).stream().sorted(Comparator.comparingLong(CoverageFigures::newEnrollments).reversed()).limit(10)
                        .map(o -> List.of(o.name(), number(o.newEnrollments()), number(o.contributions()))).toList());
        agents.setRows(List.of(getTranslation("coverage.agent"), getTranslation("coverage.acquisitions"), getTranslation("coverage.collected")),
                coverage.agents(code, p, 10).stream().map(a -> List.of(a.name(), number(a.acquisitions()), number(a.collected()))).toList());
        var byStatus = overview.villagesByStatus(code);
        statusChart.setChart(new ChartSpec(ChartSpec.Type.BAR, getTranslation("coverage.chart.status"),
                byStatus.keySet().stream().map(s -> getTranslation("status." + s.name())).toList(),
                List.of(ChartSpec.Series.of(getTranslation("coverage.villages"),
                        byStatus.values().stream().map(Long::doubleValue).toList(), "#2c7fb8")), false));
    }

    private void drawChildChart(List<CoverageFigures> children, Map<String, Long> childTargets) {
        var labels = new ArrayList<String>();
        var realized = new ArrayList<Double>();
        var targetValues = new ArrayList<Double>();
        for (CoverageFigures c : children) {
            labels.add(c.name());
            realized.add((double) c.newEnrollments());
            Long t = childTargets.get(c.code());
            targetValues.add(t == null ? null : t.doubleValue());
        }
        childChart.setChart(new ChartSpec(ChartSpec.Type.BAR, getTranslation("coverage.chart.children"), labels,
                List.of(ChartSpec.Series.of(getTranslation("coverage.kpi.realized"), realized, "#2c7fb8"),
                        new ChartSpec.Series(getTranslation("coverage.kpi.target"), targetValues, "#d95f02", true, true)), false));
    }

    private void drawTrend(CoveragePeriod p) {
        YearMonth to = p.to().isAfter(now) ? now : p.to();
        var months = coverage.trend(code, to.minusMonths(11), to);
        var labels = months.stream().map(m -> java.time.format.DateTimeFormatter.ofPattern("MMM yy", getLocale()).format(m.month())).toList();
        trendChart.setChart(new ChartSpec(ChartSpec.Type.LINE, getTranslation("coverage.chart.trend"), labels, List.of(
                ChartSpec.Series.of(getTranslation("coverage.metric.ENROLLED"), months.stream().map(m -> (double) m.figures().enrolled()).toList(), "#253494"),
                ChartSpec.Series.of(getTranslation("coverage.metric.ACTIVE"), months.stream().map(m -> (double) m.figures().active()).toList(), "#41b6c4"),
                ChartSpec.Series.of(getTranslation("coverage.new-enrollments"), months.stream().map(m -> (double) m.figures().newEnrollments()).toList(), "#d95f02")),
                false));
    }

    private void drawFunnel(CoverageFigures f) {
        var labels = List.of(getTranslation("coverage.funnel.reached"), getTranslation("coverage.metric.ENROLLED"),
                getTranslation("coverage.metric.ACTIVE"));
        List<Double> values = f == null ? java.util.Arrays.asList(null, null, null)
                : List.of((double) f.reached(), (double) f.enrolled(), (double) f.active());
        funnelChart.setChart(new ChartSpec(ChartSpec.Type.FUNNEL, getTranslation("coverage.chart.funnel"), labels,
                List.of(ChartSpec.Series.of(getTranslation("coverage.workers"), values, "#2c7fb8")), false));
        Double ratio = f == null ? null : f.reachedPerActive();
        funnelRatio.setText(ratio == null ? getTranslation("coverage.funnel.no-ratio")
                : getTranslation("coverage.funnel.ratio", decimal(ratio)));
    }

    private String change(Long current, Long before) {
        if (current == null || before == null || before == 0) {
            return "–";
        }
        double c = (double) (current - before) / before;
        return (c >= 0 ? "+" : "") + percent(c);
    }

    private String format(Metric m, double v) {
        return m.share() ? percent(v) : m == Metric.REACHED_PER_ACTIVE ? decimal(v) : number(Math.round(v));
    }

    private String number(long v) {
        return ShownNumbers.integer(getLocale(), v);
    }

    private String decimal(double v) {
        return ShownNumbers.decimal(getLocale(), v);
    }

    private String percent(double v) {
        return ShownNumbers.percent(getLocale(), v);
    }

    // for tests: what the view shows now
    String selectedCode() {
        return code;
    }

    Map<String, AreaFill> fillsForTesting() {
        return map.areaFillsForTesting(AREAS);
    }

    Select<Metric> metricSelect() {
        return metric;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title");
    }
}
