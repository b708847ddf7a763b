package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventView;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The events of the user's scope on a week or month calendar (weeks start on Monday, as in Indonesia). The shown
 * period and mode are in the URL ({@code ?tampilan=minggu&tanggal=2026-11-23}) so a coordinator can share it.
 */
@Route("kegiatan/kalender")
@PermitAll
class EventCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Mode { WEEK, MONTH }

    /** A month of a whole country can hold thousands of events; beyond this the user is asked to filter. */
    static final int MAX_EVENTS = 1000;
    /** Events a month cell lists before "+n more". */
    static final int CHIPS_PER_DAY = 3;
    private static final String ROUTE = "kegiatan/kalender";

    private final EventQueries events;
    private final EventFilterBar filters;
    private final Span periodLabel = new Span();
    private final Button weekButton = new Button();
    private final Button monthButton = new Button();
    private final Paragraph capNotice = new Paragraph();
    private final Div body = new Div();
    private final LocalDate today;
    private Mode mode = Mode.MONTH;
    private LocalDate anchor;

    private final Clock clock;

    EventCalendarView(EventQueries events, AgentService agents, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.anchor = today;
        this.events = events;
        addClassName("calendar-view");
        filters = new EventFilterBar(events, agents, currentUser.scope(), this::render);
        weekButton.setText(getTranslation("calendar.week"));
        weekButton.addClickListener(e -> show(Mode.WEEK, anchor));
        monthButton.setText(getTranslation("calendar.month"));
        monthButton.addClickListener(e -> show(Mode.MONTH, anchor));
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(mode, step(-1)));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.addClassName("calendar-previous");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(mode, step(1)));
        next.setAriaLabel(getTranslation("calendar.next"));
        next.addClassName("calendar-next");
        var todayButton = new Button(getTranslation("calendar.today"), e -> show(mode, today));
        periodLabel.addClassName("calendar-period");
        var list = new Button(getTranslation("calendar.list"), VaadinIcon.LIST.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        // the printable day sheet of the shown day (planning's "Kalender saya", reached by its route, not its class)
        var daySheet = new Button(getTranslation("my-calendar.sheet"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("kalender-saya", QueryParameters.simple(Map.of("tanggal", anchor.toString())))));
        daySheet.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        daySheet.addClassName("calendar-day-sheet");
        var header = new HorizontalLayout(new H2(getTranslation("calendar.title")), list, daySheet);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        var modes = new HorizontalLayout(weekButton, monthButton);
        modes.addClassName("calendar-modes");
        var navigation = new HorizontalLayout(previous, todayButton, next, periodLabel, modes);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);
        navigation.setWrap(true);
        capNotice.addClassName("calendar-cap");
        body.addClassName("calendar-body");
        body.setWidthFull();
        add(header, filters, navigation, capNotice, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        mode = "minggu".equals(first(params, "tampilan")) ? Mode.WEEK : Mode.MONTH;
        try {
            String date = first(params, "tanggal");
            anchor = date == null ? today : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            anchor = today;
        }
        render();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void show(Mode newMode, LocalDate newAnchor) {
        mode = newMode;
        anchor = newAnchor;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE, QueryParameters.simple(Map.of(
                "tampilan", mode == Mode.WEEK ? "minggu" : "bulan", "tanggal", anchor.toString())))));
        render();
    }

    private LocalDate step(int direction) {
        return mode == Mode.WEEK ? anchor.plusWeeks(direction) : anchor.withDayOfMonth(1).plusMonths(direction);
    }

    private void render() {
        LocalDate first = mode == Mode.WEEK ? anchor : anchor.withDayOfMonth(1);
        LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = mode == Mode.WEEK ? start.plusDays(6)
                : anchor.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<EventView> found = events.list(filters.filter(start.atStartOfDay(), last.plusDays(1).atStartOfDay()), 0, MAX_EVENTS);
        Map<LocalDate, List<EventView>> byDay = found.stream()
                .collect(Collectors.groupingBy(e -> e.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        capNotice.setText(getTranslation("calendar.capped", MAX_EVENTS));
        capNotice.setVisible(found.size() >= MAX_EVENTS);
        weekButton.setThemeName(mode == Mode.WEEK ? "primary" : "");
        monthButton.setThemeName(mode == Mode.MONTH ? "primary" : "");
        periodLabel.setText(mode == Mode.WEEK ? weekLabel(start, last) : monthLabel(anchor));

        body.removeAll();
        body.setClassName("calendar-body calendar-" + mode.name().toLowerCase());
        for (DayOfWeek d : DayOfWeek.values()) {
            var name = new Div(d.getDisplayName(TextStyle.SHORT, getLocale()));
            name.addClassName("calendar-weekday");
            body.add(name);
        }
        for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
            body.add(dayCell(day, byDay.getOrDefault(day, List.of())));
        }
    }

    private Component dayCell(LocalDate day, List<EventView> dayEvents) {
        var cell = new Div();
        cell.addClassName("calendar-day");
        if (mode == Mode.MONTH && day.getMonth() != anchor.getMonth()) {
            cell.addClassName("calendar-other-month");
        }
        if (day.equals(today)) {
            cell.addClassName("calendar-today");
        }
        var number = new Div(mode == Mode.WEEK
                ? day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + day.getDayOfMonth()
                : Integer.toString(day.getDayOfMonth()));
        number.addClassName("calendar-date");
        cell.add(number);
        int shown = mode == Mode.MONTH ? Math.min(CHIPS_PER_DAY, dayEvents.size()) : dayEvents.size();
        dayEvents.stream().limit(shown).map(this::chip).forEach(cell::add);
        if (shown < dayEvents.size()) {
            var more = new Button(getTranslation("calendar.more", dayEvents.size() - shown), e -> show(Mode.WEEK, day));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            more.addClassName("calendar-more");
            cell.add(more);
        }
        return cell;
    }

    private Component chip(EventView e) {
        var link = new RouterLink(EventDetailView.class, new RouteParameters("id", Long.toString(e.id())));
        var time = new Span(DateTimeFormatter.ofPattern("HH.mm").format(e.start()));
        time.addClassName("calendar-chip-time");
        var title = new Span(e.title());
        title.addClassName("calendar-chip-title");
        link.add(time, title);
        link.addClassNames("calendar-chip", "event-" + e.status().name().toLowerCase());
        link.getElement().setAttribute("title", e.title() + " — " + e.villageName() + " ("
                + getTranslation("event.status." + e.status().name()) + ")");
        return link;
    }

    private String monthLabel(LocalDate date) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", getLocale()).format(date);
    }

    private String weekLabel(LocalDate start, LocalDate end) {
        return DateTimeFormatter.ofPattern("d MMM", getLocale()).format(start) + " – "
                + DateTimeFormatter.ofPattern("d MMM yyyy", getLocale()).format(end);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
