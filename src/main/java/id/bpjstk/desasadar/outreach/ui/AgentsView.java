package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.outreach.AgentEarnings;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.territory.AreaService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * The Perisai agents of the user's scope with whether they are still active (three months without an acquisition
 * drops them). Coordinators register agents; an administrator reactivates a dropped one.
 */
@Route("agen")
@RolesAllowed({"ADMIN", "REGIONAL_HEAD", "COORDINATOR"})
class AgentsView extends VerticalLayout implements HasDynamicTitle {

    enum Activity { ACTIVE, INACTIVE }

    private final AgentService agents;
    private final CurrentUser currentUser;
    private final Grid<AgentView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<Activity> activity = new ComboBox<>();
    /** This month's takings per agent, asked once per refresh for the two columns that show them. */
    private final java.util.Map<Long, AgentEarnings.Earnings> earned = new java.util.HashMap<>();

    private final Clock clock;

    AgentsView(AgentService agents, AreaService areas, CurrentUser currentUser, Optional<AgentEarnings> earnings, Clock clock) {
        this.clock = clock;
        this.agents = agents;
        this.currentUser = currentUser;
        addClassName("agents-view");
        setSizeFull();
        search.setLabel(getTranslation("agent.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        activity.setLabel(getTranslation("villages.filter.status"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> getTranslation("agent.activity." + a.name()));
        activity.setClearButtonVisible(true);
        activity.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(search, activity);
        filters.setWrap(true);

        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        // what a coordinator scans for first — who, where, active or not, this month's takings — comes first
        grid.addColumn(a -> a.name() + " (" + a.registrationNumber() + ")").setHeader(getTranslation("agent.name"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(AgentView::homeArea).setHeader(getTranslation("agent.home-area")).setAutoWidth(true);
        grid.addColumn(a -> a.activity().active() ? getTranslation("agent.activity.ACTIVE")
                        : getTranslation("agent.inactive-since", dates.format(a.activity().inactiveSince())))
                .setHeader(getTranslation("villages.filter.status")).setAutoWidth(true);
        earnings.ifPresent(e -> {
            YearMonth month = YearMonth.now(clock);
            var rupiah = NumberFormat.getIntegerInstance(getLocale());
            grid.addColumn(a -> "Rp" + rupiah.format(earned.computeIfAbsent(a.id(), id -> e.of(id, month)).collected()))
                    .setHeader(getTranslation("agent.collected-this-month")).setKey("collected").setAutoWidth(true);
            grid.addColumn(a -> "Rp" + rupiah.format(earned.computeIfAbsent(a.id(), id -> e.of(id, month)).agentShare()))
                    .setHeader(getTranslation("agent.commission-this-month")).setKey("commission").setAutoWidth(true);
        });
        grid.addColumn(a -> a.sponsorName() + " (" + getTranslation("agent.sponsor-kind." + a.sponsorKind().name()) + ")")
                .setHeader(getTranslation("agent.sponsor")).setWidth("12rem").setFlexGrow(1); // long names end in "…"
        grid.addColumn(a -> dates.format(a.startDate())).setHeader(getTranslation("agent.start")).setAutoWidth(true);
        if (currentUser.hasRole(Role.ADMIN)) {
            grid.addComponentColumn(this::reactivateButton).setKey("reactivate").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        refresh();

        var header = new HorizontalLayout(new H2(getTranslation("agent.list.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (currentUser.editsFieldWork()) {
            var register = new Button(getTranslation("agent.register"), VaadinIcon.PLUS.create(),
                    e -> new AgentFormDialog(clock, agents, areas, saved -> {
                        refresh();
                        Notification.show(getTranslation("agent.registered", saved.name()));
                    }).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.addClassName("register-agent");
            header.add(register);
        }
        add(header, filters, grid);
    }

    private Button reactivateButton(AgentView agent) {
        var button = new Button(getTranslation("agent.reactivate"), e -> {
            try {
                agents.reactivate(agent.id());
                refresh();
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setVisible(!agent.activity().active());
        return button;
    }

    private void refresh() {
        earned.clear();
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(agents.list().stream()
                .filter(a -> text.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(text)
                        || a.registrationNumber().toLowerCase(Locale.ROOT).contains(text))
                .filter(a -> activity.getValue() == null || a.activity().active() == (activity.getValue() == Activity.ACTIVE))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agent.list.title");
    }
}
