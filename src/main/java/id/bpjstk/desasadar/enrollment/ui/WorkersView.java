package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerExport;
import id.bpjstk.desasadar.enrollment.WorkerFilter;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerService.NikLookup;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventView;
import jakarta.annotation.security.PermitAll;

/**
 * The BPU workers of the user's scope, lazy and without a total count: each scroll fetches one page in village
 * order, so the grid costs the same at 5 million workers as at 5 thousand. {@code ?wilayah=16.07} and
 * {@code ?kegiatan=12} arrive from the village and event pages.
 */
@Route("peserta")
@PermitAll
class WorkersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Status { ACTIVE, INACTIVE }

    private final WorkerService workers;
    private final WorkerQueries workerQueries;
    private final EventQueries events;
    private final Grid<WorkerView> grid = new Grid<>();
    private final TextField area = new TextField();
    private final ComboBox<Occupation> occupation = new ComboBox<>();
    private final ComboBox<Status> status = new ComboBox<>();
    private final ComboBox<Funding> funding = new ComboBox<>();
    private final ComboBox<AgentView> agent = new ComboBox<>();
    private final TextField nikLookup = new TextField();
    private final Span nikLookupResult = new Span();
    private final HorizontalLayout filters;
    private Span eventChip;
    private Long eventId;

    WorkersView(WorkerService workers, WorkerQueries workerQueries, EventQueries events, AgentService agents, WorkerForms forms,
                CurrentUser currentUser, WorkerExport exports) {
        this.workers = workers;
        this.workerQueries = workerQueries;
        this.events = events;
        addClassName("workers-view");
        setSizeFull();

        area.setLabel(getTranslation("villages.filter.area"));
        area.setPlaceholder("16.07");
        area.setAllowedCharPattern("[0-9.]");
        area.setClearButtonVisible(true);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        occupation.setLabel(getTranslation("worker.occupation"));
        occupation.setItems(Occupation.values());
        occupation.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        status.setLabel(getTranslation("villages.filter.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> getTranslation("worker.status." + s.name()));
        funding.setLabel(getTranslation("worker.funding"));
        funding.setItems(Funding.values());
        funding.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        agent.setLabel(getTranslation("agent.one"));
        agent.setItems(agents.list());
        agent.setItemLabelGenerator(a -> a.name() + " (" + a.registrationNumber() + ")");
        for (var box : new ComboBox<?>[] {occupation, status, funding, agent}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        area.addValueChangeListener(e -> refresh());
        filters = new HorizontalLayout(area, occupation, status, funding, agent);
        filters.addClassName("worker-filters");
        // two filters a row on a phone, so that the grid still shows below them
        filters.getChildren().forEach(f -> ((HasSize) f).setWidth("min(12rem, calc(50% - var(--lumo-space-m)))"));
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.addColumn(WorkerView::nik).setHeader(getTranslation("worker.nik")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkerView::fullName).setHeader(getTranslation("worker.name")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(WorkerFormat::village).setHeader(getTranslation("site.village")).setWidth("16rem").setFlexGrow(1);
        grid.addColumn(w -> getTranslation(w.occupation().messageKey())).setHeader(getTranslation("worker.occupation")).setAutoWidth(true);
        grid.addColumn(w -> getTranslation("worker.funding.short." + w.funding().name())).setHeader(getTranslation("worker.funding")).setAutoWidth(true);
        grid.addColumn(w -> WorkerFormat.status(this, w)).setHeader(getTranslation("villages.filter.status")).setAutoWidth(true);
        grid.addColumn(w -> WorkerFormat.date(this, w.enrolledOn())).setHeader(getTranslation("worker.enrolled-on")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("peserta/" + e.getItem().id())));
        grid.setSizeFull();

        var header = new HorizontalLayout(new H2(getTranslation("worker.list.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (currentUser.editsFieldWork()) {
            var enrol = new Button(getTranslation("worker.enrol"), VaadinIcon.PLUS.create(),
                    e -> forms.enrol(saved -> getUI().ifPresent(ui -> ui.navigate("peserta/" + saved.id()))).open());
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.addClassName("enrol-worker");
            var importing = new Button(getTranslation("nav.worker-import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(WorkerImportView.class)));
            importing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(enrol, importing);
        }
        // exports follow the filters as they are when the link is clicked, in the caller's scope
        var exportLinks = new HorizontalLayout();
        exportLinks.addClassName("worker-exports");
        exportLinks.setWrap(true);
        for (ExportFormat format : ExportFormat.values()) {
            exportLinks.add(DownloadLink.streamed(getTranslation("worker.export.workers", format.name()),
                    "peserta." + format.extension(), format.mimeType(), out -> exports.workers(filter(), format, out)));
            exportLinks.add(DownloadLink.streamed(getTranslation("worker.export.contributions", format.name()),
                    "iuran." + format.extension(), format.mimeType(), out -> exports.contributions(filter(), format, out)));
        }
        add(header, lookupForm(), filters, exportLinks, grid);
    }

    /**
     * Find a worker by full NIK: the service decides what the answer may say (for a partner, "not found" alike for an
     * unknown NIK and one it does not fund) and puts the look-up on the audit trail.
     */
    private HorizontalLayout lookupForm() {
        nikLookup.setLabel(getTranslation("worker.lookup.field"));
        nikLookup.setPlaceholder("3578014101800001");
        nikLookup.setAllowedCharPattern("[0-9 .\\-]");
        nikLookup.setClearButtonVisible(true);
        nikLookup.addClassName("nik-lookup");
        var find = new Button(getTranslation("worker.lookup.find"), VaadinIcon.SEARCH.create(), e -> lookUp());
        find.addClassName("nik-lookup-find");
        nikLookup.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> lookUp());
        nikLookupResult.addClassName("nik-lookup-result");
        var form = new HorizontalLayout(nikLookup, find, nikLookupResult);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void lookUp() {
        nikLookup.setInvalid(false);
        nikLookupResult.setText("");
        try {
            switch (workers.lookup(nikLookup.getValue())) {
                case NikLookup.InScope found -> getUI().ifPresent(ui -> ui.navigate("peserta/" + found.worker().id()));
                case NikLookup.RegisteredElsewhere elsewhere -> nikLookupResult.setText(getTranslation("worker.lookup.elsewhere"));
                case NikLookup.NotRegistered none -> nikLookupResult.setText(getTranslation("worker.lookup.not-found"));
            }
        } catch (RuleViolation refused) {
            nikLookup.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            nikLookup.setInvalid(true);
        }
    }

    TextField nikLookup() {
        return nikLookup;
    }

    Span nikLookupResult() {
        return nikLookupResult;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("wilayah").ifPresent(area::setValue);
        eventId = params.getSingleParameter("kegiatan").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        showEventChip();
        refresh();
    }

    /** The event filter has no field of its own: it comes from the event page and is shown as a removable chip. */
    private void showEventChip() {
        if (eventChip != null) {
            filters.remove(eventChip);
            eventChip = null;
        }
        if (eventId == null) {
            return;
        }
        String title = events.find(eventId).map(EventView::title).orElse("#" + eventId);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            eventId = null;
            showEventChip();
            refresh();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "peserta"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.getElement().setAttribute("aria-label", getTranslation("worker.filter.event.remove"));
        remove.addClassName("remove-event-filter");
        eventChip = new Span(new Span(getTranslation("worker.filter.event", title)), remove);
        eventChip.getElement().getThemeList().add("badge pill");
        eventChip.addClassName("event-chip");
        filters.add(eventChip);
    }

    Grid<WorkerView> grid() {
        return grid;
    }

    private WorkerFilter filter() {
        return new WorkerFilter(area.getValue(), occupation.getValue(),
                status.getValue() == null ? null : status.getValue() == Status.ACTIVE, funding.getValue(), eventId,
                agent.getValue() == null ? null : agent.getValue().id());
    }

    private void refresh() {
        WorkerFilter filter = filter();
        grid.setItems(query -> workerQueries.list(filter, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worker.list.title");
    }
}
