package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventView;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** The events of the user's scope in a period (this month by default), lazy, soonest first, with filters. */
@Route("kegiatan")
@PermitAll
class EventsView extends VerticalLayout implements HasDynamicTitle {

    private final EventQueries events;
    private final Grid<EventView> grid = new Grid<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final EventFilterBar filters;

    private final Clock clock;

    EventsView(EventQueries events, AgentService agents, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.events = events;
        addClassName("events-view");
        setSizeFull();
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("event.filter.from"));
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("event.filter.to"));
        to.setValue(today.withDayOfMonth(1).plusMonths(1).minusDays(1));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        filters = new EventFilterBar(events, agents, currentUser.scope(), this::refresh);
        filters.addComponentAsFirst(to);
        filters.addComponentAsFirst(from);

        grid.addColumn(e -> EventFormat.when(this, e)).setHeader(getTranslation("event.start")).setAutoWidth(true);
        grid.addColumn(EventView::title).setHeader(getTranslation("event.title")).setFlexGrow(2);
        grid.addColumn(e -> e.villageName() + " (" + e.villageCode() + ")").setHeader(getTranslation("site.village")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("event.status." + e.status().name())).setHeader(getTranslation("villages.filter.status")).setAutoWidth(true);
        grid.addColumn(EventView::officer).setHeader(getTranslation("event.officer")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("kegiatan/" + e.getItem().id())));
        grid.setSizeFull();
        refresh();

        var calendar = new Button(getTranslation("calendar.open"), VaadinIcon.CALENDAR.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EventCalendarView.class)));
        calendar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(new H2(getTranslation("event.list.title")), calendar);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, filters, grid);
    }

    private void refresh() {
        LocalDate start = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.of(2100, 1, 1) : to.getValue();
        var filter = filters.filter(start.atStartOfDay(), end.plusDays(1).atStartOfDay());
        grid.setItems(q -> events.list(filter, q.getOffset(), q.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.list.title");
    }
}
