package id.bpjstk.desasadar.coverage.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.ui.ImportPanel;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.coverage.TargetView;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.OfficeService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Executor;

/**
 * The administrator's targets: a grid filtered by year and measure, a form to add or edit one, and the CSV import
 * (all or nothing, with the report of rejected rows). Illustrative figures carry the "ilustrasi" badge. Regional heads
 * and coordinators open the same list read-only at {@code /target}, cut to their scope by the service.
 */
@Route("admin/target")
@RouteAlias("target")
@RolesAllowed({"ADMIN", "REGIONAL_HEAD", "COORDINATOR"})
class TargetsView extends VerticalLayout implements HasDynamicTitle {

    /** One row of each owner kind, for the sample file. */
    static final String SAMPLE = """
            2026;35;;NEW_PARTICIPANTS;120000;;;tidak;Rencana kerja 2026
            2026;;KW-JATIM;CONTRIBUTIONS_RP;8.500.000.000;PROPORSI;5|5|8|8|8|8|8|8|10|10|10|12;ya;Contoh
            """;

    private final TargetService targets;
    private final AreaService areas;
    private final OfficeService offices;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<TargetMeasure> measure = new ComboBox<>();
    private final Grid<TargetView> grid = new Grid<>();
    private java.util.Set<Integer> yearItems = java.util.Set.of();

    private final Clock clock;

    TargetsView(TargetService targets, AreaService areas, OfficeService offices, CurrentUser currentUser, Clock clock,
                Executor applicationTaskExecutor) {
        this.clock = clock;
        // the service refuses writes by anyone else; the screen does not offer them
        boolean admin = currentUser.hasRole(Role.ADMIN);
        this.targets = targets;
        this.areas = areas;
        this.offices = offices;
        addClassName("targets-view");
        setSizeFull();

        year.setLabel(getTranslation("target.year"));
        year.setPlaceholder(getTranslation("target.year.all"));
        year.setClearButtonVisible(true);
        year.setItemLabelGenerator(String::valueOf);
        year.addClassName("target-year-filter");
        year.addValueChangeListener(e -> refresh());
        measure.setLabel(getTranslation("target.measure"));
        measure.setPlaceholder(getTranslation("target.filter.measure"));
        measure.setItems(TargetMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        measure.setClearButtonVisible(true);
        measure.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("target.add"), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-target");
        add.setVisible(admin);
        var toolbar = new HorizontalLayout(year, measure, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(TargetView::year).setHeader(getTranslation("target.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.ownerName() + " (" + t.ownerCode() + ")").setHeader(getTranslation("target.owner")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.measure().messageKey())).setHeader(getTranslation("target.measure")).setAutoWidth(true);
        grid.addColumn(this::formatValue).setHeader(getTranslation("target.value")).setAutoWidth(true)
                .setPartNameGenerator(t -> "number");
        grid.addColumn(t -> getTranslation("target.phasing." + t.phasing().kind().name())).setHeader(getTranslation("target.phasing"))
                .setAutoWidth(true);
        grid.addComponentColumn(TargetsView::illustrativeBadge).setKey("illustrative").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.sourceNote() == null ? "" : t.sourceNote()).setHeader(getTranslation("target.source")).setFlexGrow(2);
        if (admin) {
            grid.addItemClickListener(e -> open(e.getItem()));
        }
        grid.setEmptyStateText(getTranslation("target.empty"));
        grid.setMinHeight("16rem");
        grid.setSizeFull();
        grid.addClassName("targets-grid");

        var header = String.join(";", TargetService.CSV_COLUMNS) + ";" + String.join(";", TargetService.CSV_OPTIONAL_COLUMNS);
        var importSection = new ImportPanel((file, fileName, mode, progress, cancelled) -> targets.importFile(file, progress, cancelled),
                new ImportPanel.Kind("target.import", TargetService.CSV_COLUMNS, TargetService.CSV_OPTIONAL_COLUMNS,
                        header + "\n" + SAMPLE, "target", TargetService.CSV_MAX_BYTES, List.of(".csv", "text/csv"),
                        List.of(ImportMode.ALL_OR_NOTHING), ImportPanel.Heading.SECTION, null), applicationTaskExecutor);
        importSection.onStored(this::refresh);
        importSection.setPadding(false);
        importSection.addClassName("target-import");
        importSection.setVisible(admin);

        add(new H2(getTranslation("target.title")), toolbar, grid, importSection);
        refresh();
    }

    private void refresh() {
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        years.addAll(targets.years());
        years.add(LocalDate.now(clock).getYear());
        if (!years.equals(yearItems)) {
            Integer chosen = year.getValue();
            yearItems = years;
            year.setItems(years);
            year.setValue(chosen);
        }
        grid.setItems(targets.list(year.getValue()).stream()
                .filter(t -> measure.getValue() == null || t.measure() == measure.getValue()).toList());
    }

    private void open(TargetView target) {
        new TargetFormDialog(clock, targets, areas, offices.list(), target, this::refresh).open();
    }

    private String formatValue(TargetView t) {
        String number = NumberFormat.getIntegerInstance(getLocale()).format(t.value());
        return t.measure().rupiah() ? "Rp" + number : number;
    }

    private static Span illustrativeBadge(TargetView t) {
        var badge = new Span(t.illustrative() ? badgeText() : "");
        if (t.illustrative()) {
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("illustrative-badge");
            if (t.sourceNote() != null) {
                badge.getElement().setAttribute("title", t.sourceNote());
            }
        }
        return badge;
    }

    private static String badgeText() {
        return UI.getCurrent().getTranslation("target.illustrative");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("target.title");
    }
}
