package id.bpjstk.desasadar.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.GeoPoint;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventFilter;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.planning.PlanAssembly;
import id.bpjstk.desasadar.planning.PlanDraft;
import id.bpjstk.desasadar.planning.PlanView;
import id.bpjstk.desasadar.planning.PlanningService;
import id.bpjstk.desasadar.planning.StartPoint;
import id.bpjstk.desasadar.planning.VisitCandidate;
import id.bpjstk.desasadar.planning.route.DayRoute;
import id.bpjstk.desasadar.planning.route.PlannedStop;
import id.bpjstk.desasadar.planning.route.RoutePlan;
import id.bpjstk.desasadar.planning.route.RouteService;
import id.bpjstk.desasadar.planning.route.StopIssue;
import id.bpjstk.desasadar.planning.route.UnplannedStop;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.MapSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The plan builder (issue 11, items 3–6): the villages picked from the priority list or the map, the team, the days
 * and hours and the start point; "Optimalkan rute" orders them (OR-Tools, travel times estimated), the route shows on
 * the map with numbered stops, a stop can be moved up, down or dragged (times recompute) or locked, stops that do not
 * fit are listed with their reason, and "Simpan rencana" turns the visits into planned events (all or none).
 *
 * <p>Over 250 lines because every control edits the same plan (stops, team, days, locks) and every edit redraws the
 * route, the times and the map together; the parts that need none of that state are in {@code PlanBuilderParts}.
 */
class PlanEditor extends Div {

    static final String LEGS = "route-legs";
    static final String STOPS = "route-stops";
    static final String START = "route-start";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.forLanguageTag("id"));

    private final RouteService routes;
    private final PlanningService planning;
    private final EventQueries events;
    private final AreaService areas;
    private final Clock clock;

    private final TextField title = new TextField();
    private final ComboBox<UserPrincipal> officer = new ComboBox<>();
    private final MultiSelectComboBox<AgentView> agents = new MultiSelectComboBox<>();
    private final DatePicker firstDay = new DatePicker();
    private final DatePicker lastDay = new DatePicker();
    private final TimePicker dayStart = new TimePicker();
    private final TimePicker dayEnd = new TimePicker();
    private final ComboBox<StartPoint> start = new ComboBox<>();
    private final IntegerField defaultVisit = new IntegerField();
    private final Checkbox withAppointments = new Checkbox();
    private final Grid<Row> grid = new Grid<>();
    private final Paragraph totals = new Paragraph();
    private final Div problems = new Div();
    private final LeafletMap map = new LeafletMap();
    private final Button save = new Button();

    /** The picks, in the order the coordinator added or arranged them, by stop id. */
    private final Map<String, VisitCandidate> picks = new LinkedHashMap<>();
    private RoutePlan route;
    private PlanView revising;
    private Row dragged;
    private final Consumer<PlanView> onSaved;

    /** One row of the stops grid: a routed stop (with its day and times) or a pick not routed yet. */
    record Row(VisitCandidate pick, LocalDate day, PlannedStop stop, int number) {
    }

    /**
     * @param officers    who may be responsible for the visits (the coordinators covering the user's area)
     * @param agentChoices the Perisai agents who may go along
     * @param startPoints the offices with a location; empty: the user is asked for one, never given a guess
     */
    PlanEditor(RouteService routes, PlanningService planning, EventQueries events, AreaService areas, List<UserPrincipal> officers,
               List<AgentView> agentChoices, List<StartPoint> startPoints, String username, MapSettings settings, Clock clock, Consumer<PlanView> onSaved) {
        this.routes = routes;
        this.planning = planning;
        this.events = events;
        this.areas = areas;
        this.onSaved = onSaved;
        this.clock = clock;
        addClassName("plan-editor");

        title.setLabel(getTranslation("plan.name"));
        title.setMaxLength(PlanningService.TITLE_MAX);
        title.setValue(getTranslation("plan.name.default"));
        title.addClassName("plan-title");
        officer.setLabel(getTranslation("plan.officer"));
        officer.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        officer.addClassName("plan-officer");
        officer.setItems(officers);
        officers.stream().filter(u -> u.username().equals(username)).findFirst().ifPresent(officer::setValue);
        agents.setLabel(getTranslation("plan.agents"));
        agents.setItemLabelGenerator(a -> a.name() + " (" + a.registrationNumber() + ")");
        agents.setItems(agentChoices);
        agents.addClassName("plan-agents");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        firstDay.setLabel(getTranslation("plan.first-day"));
        firstDay.setValue(tomorrow);
        firstDay.setMin(LocalDate.now(clock));
        lastDay.setLabel(getTranslation("plan.last-day"));
        lastDay.setValue(tomorrow);
        firstDay.addValueChangeListener(e -> {
            if (e.getValue() != null && (lastDay.getValue() == null || lastDay.getValue().isBefore(e.getValue()))) {
                lastDay.setValue(e.getValue());
            }
        });
        dayStart.setLabel(getTranslation("plan.day-start"));
        dayStart.setValue(LocalTime.of(8, 0));
        dayStart.setStep(Duration.ofMinutes(15));
        dayEnd.setLabel(getTranslation("plan.day-end"));
        dayEnd.setValue(LocalTime.of(16, 0));
        dayEnd.setStep(Duration.ofMinutes(15));
        start.setLabel(getTranslation("plan.start"));
        start.setItems(startPoints);
        start.setItemLabelGenerator(StartPoint::label);
        start.setHelperText(getTranslation(startPoints.isEmpty() ? "plan.start.none" : "plan.start.help"));
        start.addClassName("plan-start");
        if (!startPoints.isEmpty()) {
            start.setValue(startPoints.getFirst());
        }
        defaultVisit.setLabel(getTranslation("plan.visit-minutes"));
        defaultVisit.setValue((int) VisitCandidate.DEFAULT_VISIT.toMinutes());
        defaultVisit.addClassName("plan-visit-minutes");
        defaultVisit.setMin(15);
        defaultVisit.setStepButtonsVisible(true);
        defaultVisit.setStep(15);
        withAppointments.setLabel(getTranslation("plan.with-appointments"));
        withAppointments.setValue(true);
        var form = new Div(title, officer, agents, firstDay, lastDay, dayStart, dayEnd, start, defaultVisit, withAppointments);
        form.addClassName("plan-form");

        var optimise = new Button(getTranslation("plan.optimise"), VaadinIcon.MAGIC.create(), e -> optimise());
        optimise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        optimise.addClassName("plan-optimise");
        save.setText(getTranslation("plan.save"));
        save.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        save.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        save.addClassName("plan-save");
        save.addClickListener(e -> save());
        var clear = new Button(getTranslation("plan.new"), VaadinIcon.FILE_O.create(), e -> startNew());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(optimise, save, clear);
        actions.addClassName("plan-actions");

        configureGrid();
        totals.addClassName("plan-totals");
        problems.addClassName("plan-problems");
        var estimate = new Span(getTranslation("plan.estimate-note"));
        estimate.addClassName("plan-note");
        var side = new Div(form, actions, totals, estimate, grid, problems);
        side.addClassName("plan-side");

        map.addClassName("plan-map");
        map.setTiles(settings.tileUrl(), settings.tileAttribution());
        map.setStyles(List.of(new MapStyle("route-stop", MapStyle.Shape.DOT, "#c2185b", 22, false),
                new MapStyle("route-stop route-fixed", MapStyle.Shape.DOT, "#6a1b9a", 22, false),
                new MapStyle("route-stop route-picked", MapStyle.Shape.DOT, "#9e9e9e", 22, false),
                new MapStyle("route-home", MapStyle.Shape.SQUARE, "#1b5e20", 18, false)));
        map.addLayer(LEGS, MapLayerSpec.outlines(getTranslation("plan.layer.legs"), "route-leg", true, "#c2185b", 3));
        // never clustered, so every numbered stop stays visible; a stop dragged on the map snaps back (the order is the list's)
        map.addLayer(STOPS, MapLayerSpec.draggablePoints(getTranslation("plan.layer.stops"), "route-stop", true, 22));
        map.addPointDragListener(e -> render());
        map.addLayer(START, MapLayerSpec.points(getTranslation("plan.layer.start"), "route-home", true, 18));
        map.setLegend(getTranslation("plan.legend"), List.of(new LegendEntry("route-stop", getTranslation("plan.legend.visit")),
                new LegendEntry("route-stop route-fixed", getTranslation("plan.legend.fixed")),
                new LegendEntry("route-stop route-picked", getTranslation("plan.legend.picked")),
                new LegendEntry("route-home", getTranslation("plan.legend.start"))));
        // the tab sheet shows its panel as a block: the side-by-side layout lives one level down
        var body = new Div(side, map);
        body.addClassName("plan-editor-body");
        add(body);
        render();
    }

    // ---- picks

    /** Adds a village (from the priority list or the map); a village already in the plan is not added twice. */
    void add(String villageCode, String villageName, Double lat, Double lng) {
        if (lat == null || lng == null) {
            Notification.show(getTranslation("plan.no-location", villageName), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        if (picks.containsKey(villageCode)) {
            return;
        }
        int minutes = defaultVisit.getValue() == null ? (int) VisitCandidate.DEFAULT_VISIT.toMinutes() : defaultVisit.getValue();
        picks.put(villageCode, VisitCandidate.of(villageCode, villageName, new GeoPoint(lat, lng), Duration.ofMinutes(minutes)));
        route = null;
        render();
    }

    int pickCount() {
        return (int) picks.values().stream().filter(c -> !c.fixed()).count();
    }

    /** Opens a saved plan for revision: its visits become the picks (locks kept), its settings the form's. */
    void open(PlanView plan) {
        revising = plan;
        picks.clear();
        PlanAssembly.candidates(plan, this::pointOf).forEach(c -> picks.put(c.stopId(), c));
        title.setValue(plan.title());
        officer.getListDataView().getItems().filter(u -> u.username().equals(plan.officer())).findFirst().ifPresent(officer::setValue);
        firstDay.setValue(plan.firstDay().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : plan.firstDay());
        lastDay.setValue(plan.lastDay().isBefore(firstDay.getValue()) ? firstDay.getValue() : plan.lastDay());
        dayStart.setValue(plan.dayStart());
        dayEnd.setValue(plan.dayEnd());
        start.getListDataView().getItems().filter(p -> p.label().equals(plan.start().label())).findFirst()
                .ifPresentOrElse(start::setValue, () -> start.setValue(plan.start()));
        route = null;
        recomputeSavedOrder(plan);
    }

    private GeoPoint pointOf(String villageCode) {
        return areas.findVillage(villageCode).filter(v -> v.lat() != null)
                .map(v -> new GeoPoint(v.lat(), v.lng())).orElse(new GeoPoint(0, 0));
    }

    private void startNew() {
        revising = null;
        picks.clear();
        route = null;
        title.setValue(getTranslation("plan.name.default"));
        render();
    }

    // ---- ordering

    void optimise() {
        try {
            addAppointments();
            route = routes.optimise(problem());
            render();
        } catch (RuleViolation v) {
            error(v);
        }
    }

    private void recomputeSavedOrder(PlanView plan) {
        Map<LocalDate, List<String>> order = new LinkedHashMap<>();
        for (PlanView.Stop s : plan.stops()) {
            String id = s.stop().fixed() ? "event:" + s.stop().eventId() : s.stop().villageCode();
            order.computeIfAbsent(s.stop().arrival().toLocalDate(), d -> new ArrayList<>()).add(id);
        }
        recompute(order);
    }

    /** Times for the order the coordinator gave (after a move): nothing is reordered, problems are shown per stop. */
    private void recompute(Map<LocalDate, List<String>> order) {
        try {
            route = routes.recompute(problem(), order);
        } catch (RuleViolation v) {
            route = null;
            error(v);
        }
        render();
    }

    private id.bpjstk.desasadar.planning.route.RouteProblem problem() {
        return PlanAssembly.problem(start.getValue(), firstDay.getValue(), lastDay.getValue(), dayStart.getValue(), dayEnd.getValue(),
                List.copyOf(picks.values()));
    }

    /** The officer's planned events in the plan's days become fixed stops (appointments keep their time). */
    private void addAppointments() {
        picks.values().removeIf(c -> c.fixed());
        if (!withAppointments.getValue() || officer.getValue() == null || firstDay.getValue() == null || lastDay.getValue() == null) {
            return;
        }
        Set<Long> own = revising == null ? Set.of() : revising.stops().stream().map(s -> s.stop().eventId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        var filter = new EventFilter(firstDay.getValue().atStartOfDay(), lastDay.getValue().plusDays(1).atStartOfDay(), EventStatus.PLANNED,
                null, officer.getValue().username(), null);
        for (EventView e : events.list(filter, 0, 100)) {
            if (!own.contains(e.id())) {
                picks.put("event:" + e.id(), VisitCandidate.appointment(e.id(), e.villageCode(), e.title(), pointOf(e.villageCode()),
                        e.start(), e.end()));
            }
        }
    }

    /** Moves a routed stop to another place (up, down or dropped on another row) and recomputes the times. */
    private void move(Row row, Row target, boolean after) {
        if (route == null || row.stop() == null || target == null || target.stop() == null || row.equals(target)) {
            return;
        }
        Map<LocalDate, List<String>> order = currentOrder();
        order.values().forEach(ids -> ids.remove(row.stop().stopId()));
        List<String> day = order.computeIfAbsent(target.day(), d -> new ArrayList<>());
        int at = day.indexOf(target.stop().stopId());
        day.add(after ? at + 1 : at, row.stop().stopId());
        recompute(order);
    }

    private void step(Row row, int delta) {
        List<Row> routed = rows().stream().filter(r -> r.stop() != null).toList();
        int i = routed.indexOf(row);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= routed.size()) {
            return;
        }
        move(row, routed.get(j), delta > 0);
    }

    private Map<LocalDate, List<String>> currentOrder() {
        Map<LocalDate, List<String>> order = new LinkedHashMap<>();
        for (DayRoute d : route.days()) {
            order.put(d.date(), new ArrayList<>(d.stops().stream().map(PlannedStop::stopId).toList()));
        }
        return order;
    }

    private void toggleLock(Row row, boolean locked) {
        VisitCandidate c = row.pick();
        if (c.fixed()) {
            return;
        }
        picks.put(c.stopId(), locked && row.stop() != null ? c.lockedTo(row.day(), row.stop().position()) : c.unlocked());
        grid.getDataProvider().refreshItem(row);
    }

    private void remove(Row row) {
        picks.remove(row.pick().stopId());
        if (route != null) {
            Map<LocalDate, List<String>> order = currentOrder();
            order.values().forEach(ids -> ids.remove(row.pick().stopId()));
            recompute(order);
        } else {
            render();
        }
    }

    private void changeVisit(Row row, Integer minutes) {
        if (minutes == null || minutes < 5) {
            return;
        }
        picks.put(row.pick().stopId(), row.pick().withVisit(Duration.ofMinutes(minutes)));
        if (route != null) {
            recompute(currentOrder());
        }
    }

    // ---- saving

    private void save() {
        if (route == null) {
            optimise();
            if (route == null) {
                return;
            }
        }
        if (officer.getValue() == null) {
            error(new RuleViolation("plan.error.officer"));
            return;
        }
        PlanDraft draft = PlanAssembly.draft(title.getValue(), officer.getValue().username(),
                agents.getSelectedItems().stream().map(AgentView::id).collect(Collectors.toSet()), start.getValue(), firstDay.getValue(),
                lastDay.getValue(), dayStart.getValue(), dayEnd.getValue(), List.copyOf(picks.values()), route);
        try {
            PlanView saved = revising == null ? planning.save(draft) : planning.revise(revising.id(), draft, revising.version());
            revising = saved;
            Notification.show(getTranslation("plan.saved", saved.stops().size()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved);
            open(saved);
        } catch (RuleViolation v) {
            error(v);
        }
    }

    private void error(RuleViolation v) {
        Notification n = Notification.show(getTranslation(v.messageKey(), v.args()), 7000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("plan-error");
    }

    // ---- drawing

    private void configureGrid() {
        grid.addClassName("plan-stops");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.number() > 0 ? String.valueOf(r.number()) : "–").setHeader("#").setWidth("2.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::stopCell)).setHeader(getTranslation("plan.stop")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::visitCell)).setHeader(getTranslation("plan.visit")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actionsCell)).setKey("actions").setWidth("9rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("plan.empty"));
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().stream().findFirst().orElse(null));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target ->
                move(dragged, target, e.getDropLocation() == GridDropLocation.BELOW)));
        grid.setPartNameGenerator(r -> r.stop() != null && !r.stop().issues().isEmpty() ? "plan-issue" : null);
    }

    private Div stopCell(Row r) {
        var name = new Span(r.pick().villageName());
        name.addClassName("plan-stop-name");
        var cell = new Div(name);
        if (r.pick().fixed()) {
            cell.add(badge(getTranslation("plan.fixed")));
        }
        if (r.stop() != null) {
            var when = new Span(DAY.format(r.day()) + " · " + TIME.format(r.stop().visitStart()) + "–" + TIME.format(r.stop().departure())
                    + " · " + getTranslation("plan.leg", km(r.stop().legIn().distanceKm()), r.stop().legIn().time().toMinutes()));
            when.addClassName("plan-stop-when");
            cell.add(when);
            for (StopIssue issue : r.stop().issues()) {
                var problem = new Span(getTranslation(issue.messageKey()));
                problem.addClassName("plan-stop-issue");
                cell.add(problem);
            }
        } else {
            var waiting = new Span(getTranslation(route == null ? "plan.not-ordered" : "plan.not-fitted"));
            waiting.addClassName("plan-stop-when");
            cell.add(waiting);
        }
        return cell;
    }

    private Span badge(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast small");
        return badge;
    }

    private IntegerField visitCell(Row r) {
        var minutes = new IntegerField();
        minutes.setValue((int) r.pick().visit().toMinutes());
        minutes.setMin(5);
        minutes.setMax(12 * 60);
        minutes.setStep(15);
        minutes.setSuffixComponent(new Span(getTranslation("plan.minutes")));
        minutes.setReadOnly(r.pick().fixed());
        minutes.setWidthFull();
        minutes.setAriaLabel(getTranslation("plan.visit-minutes"));
        minutes.addValueChangeListener(e -> changeVisit(r, e.getValue()));
        return minutes;
    }

    private Div actionsCell(Row r) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> step(r, -1));
        up.setAriaLabel(getTranslation("plan.up"));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> step(r, 1));
        down.setAriaLabel(getTranslation("plan.down"));
        var lock = new Checkbox(getTranslation("plan.lock"), r.pick().locked());
        lock.setEnabled(!r.pick().fixed() && r.stop() != null);
        lock.addValueChangeListener(e -> toggleLock(r, e.getValue()));
        var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(r));
        remove.setAriaLabel(getTranslation("plan.remove"));
        remove.addClassName("plan-remove");
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            b.setEnabled(b != remove || !r.pick().fixed());
        }
        up.setEnabled(r.stop() != null);
        down.setEnabled(r.stop() != null);
        var cell = new Div(up, down, remove, lock);
        cell.addClassName("plan-stop-actions");
        return cell;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Set<String> routed = new java.util.HashSet<>();
        int number = 0;
        if (route != null) {
            for (DayRoute d : route.days()) {
                for (PlannedStop s : d.stops()) {
                    VisitCandidate c = picks.get(s.stopId());
                    if (c != null) {
                        rows.add(new Row(c, d.date(), s, ++number));
                        routed.add(s.stopId());
                    }
                }
            }
        }
        picks.values().stream().filter(c -> !routed.contains(c.stopId())).forEach(c -> rows.add(new Row(c, null, null, 0)));
        return rows;
    }

    private void render() {
        List<Row> rows = rows();
        grid.setItems(rows);
        save.setEnabled(!picks.isEmpty());
        save.setText(getTranslation(revising == null ? "plan.save" : "plan.revise"));
        totals.setText(route == null ? getTranslation("plan.totals.none", pickCount())
                : getTranslation("plan.totals", rows.stream().filter(r -> r.stop() != null).count(), km(route.totals().distanceKm()),
                hours(route.totals().driving()), hours(route.totals().total())));
        problems.removeAll();
        if (route != null && !route.unplanned().isEmpty()) {
            problems.add(new H3(getTranslation("plan.unplanned")));
            var list = new UnorderedList();
            for (UnplannedStop u : route.unplanned()) {
                VisitCandidate c = picks.get(u.stopId());
                list.add(new ListItem((c == null ? u.stopId() : c.villageName()) + ": " + getTranslation(u.reason().messageKey())));
            }
            problems.add(list);
        }
        if (route != null) {
            route.days().stream().filter(DayRoute::returnsAfterHours).forEach(d ->
                    problems.add(new Paragraph(getTranslation("plan.returns-late", DAY.format(d.date()), TIME.format(d.returnTime())))));
        }
        drawMap(rows);
    }

    private void drawMap(List<Row> rows) {
        List<MapPoint> points = new ArrayList<>();
        for (Row r : rows) {
            String style = r.stop() == null ? "route-stop route-picked" : r.pick().fixed() ? "route-stop route-fixed" : "route-stop";
            String label = r.pick().villageName() + (r.stop() == null ? "" : " " + TIME.format(r.stop().visitStart()));
            points.add(new MapPoint(r.pick().stopId(), r.pick().point().lat(), r.pick().point().lng(), label, style,
                    r.number() > 0 ? String.valueOf(r.number()) : null));
        }
        map.setPointLayer(STOPS, new PointLayer(List.of(), points, points.size()));
        StartPoint home = start.getValue();
        map.setPointLayer(START, home == null ? PointLayer.EMPTY
                : new PointLayer(List.of(), List.of(new MapPoint("start", home.lat(), home.lng(), home.label(), null)), 1));
        map.setGeoJsonLayer(LEGS, legs(home));
        if (!points.isEmpty()) {
            double s = points.stream().mapToDouble(MapPoint::lat).min().orElseThrow();
            double n = points.stream().mapToDouble(MapPoint::lat).max().orElseThrow();
            double w = points.stream().mapToDouble(MapPoint::lng).min().orElseThrow();
            double e = points.stream().mapToDouble(MapPoint::lng).max().orElseThrow();
            if (home != null) {
                s = Math.min(s, home.lat());
                n = Math.max(n, home.lat());
                w = Math.min(w, home.lng());
                e = Math.max(e, home.lng());
            }
            map.fitBounds(new id.bpjstk.desasadar.base.geo.BoundingBox(s - 0.01, w - 0.01, n + 0.01, e + 0.01));
        }
    }

    /** Each day's route as one line from the start point through its stops and back. */
    private String legs(StartPoint home) {
        var features = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        if (route != null && home != null) {
            boolean first = true;
            for (DayRoute d : route.days()) {
                if (d.stops().isEmpty()) {
                    continue;
                }
                var coordinates = new StringBuilder().append(coordinate(home.lat(), home.lng()));
                for (PlannedStop s : d.stops()) {
                    GeoPoint p = picks.get(s.stopId()).point();
                    coordinates.append(',').append(coordinate(p.lat(), p.lng()));
                }
                coordinates.append(',').append(coordinate(home.lat(), home.lng()));
                features.append(first ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"name\":")
                        .append(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(DAY.format(d.date())))
                        .append("},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[").append(coordinates).append("]}}");
                first = false;
            }
        }
        return features.append("]}").toString();
    }

    private static String coordinate(double lat, double lng) {
        return "[" + Math.round(lng * 1e5) / 1e5 + "," + Math.round(lat * 1e5) / 1e5 + "]";
    }

    private static String km(double km) {
        return String.format(Locale.forLanguageTag("id"), "%.1f", km);
    }

    private String hours(Duration d) {
        return getTranslation("plan.hours", d.toHours(), d.toMinutesPart());
    }

    Optional<RoutePlan> route() {
        return Optional.ofNullable(route);
    }

    LeafletMap map() {
        return map;
    }
}
