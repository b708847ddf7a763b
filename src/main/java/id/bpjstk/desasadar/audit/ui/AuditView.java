package id.bpjstk.desasadar.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.audit.AuditTrail;
import id.bpjstk.desasadar.audit.TrailEntry;
import id.bpjstk.desasadar.audit.TrailFilter;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trail for administrators (issue 12, item 10): who changed or read what, filtered by user, kind, record
 * and period, read page by page (it grows large); a click opens the record's history; the filtered rows export as CSV.
 * {@code ?jenis=worker&rekaman=12} opens it on one record (the "change history" links of the detail pages).
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String KIND_PARAMETER = "jenis";
    static final String RECORD_PARAMETER = "rekaman";

    private final AuditTrail audit;
    private final TextField user = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();
    private final TextField record = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<TrailEntry> grid = new Grid<>();
    /** The filter shown: the export link writes these rows, whenever it is clicked. */
    private volatile TrailFilter current = TrailFilter.ALL;

    AuditView(AuditTrail audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();

        user.setLabel(getTranslation("audit.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addClassName("audit-user");
        kind.setLabel(getTranslation("audit.kind"));
        var kinds = new java.util.ArrayList<>(audit.kinds());
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> AuditTexts.kind(this, k));
        kind.setClearButtonVisible(true);
        kind.setAllowCustomValue(true); // any other read action, as stored (e.g. one added later)
        kind.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!kinds.contains(typed)) {
                kinds.add(typed);
                kind.setItems(kinds);
            }
            kind.setValue(typed);
        });
        kind.addClassName("audit-kind");
        record.setLabel(getTranslation("audit.record"));
        record.setHelperText(getTranslation("audit.record.help"));
        record.setClearButtonVisible(true);
        record.setValueChangeMode(ValueChangeMode.LAZY);
        record.addClassName("audit-record");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        for (var field : new com.vaadin.flow.component.AbstractField<?, ?>[] {user, kind, record, from, to}) {
            field.addValueChangeListener(e -> refresh());
        }
        Anchor export = DownloadLink.streamed(getTranslation("audit.export"), "jejak-audit.csv", "text/csv",
                out -> audit.export(current, out));
        export.addClassName("audit-export");
        var tools = new FlexLayout(user, kind, record, from, to, export);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("gap", "var(--lumo-space-s)");
        tools.setWidthFull();

        // a new installation's trail is empty (demo data is not recorded): say what will appear here
        grid.setEmptyStateText(getTranslation("audit.no-entries"));
        grid.addColumn(e -> AuditTexts.time(this, e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TrailEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditTexts.kind(this, e.kind())).setHeader(getTranslation("audit.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TrailEntry::record).setHeader(getTranslation("audit.record")).setFlexGrow(1);
        grid.addColumn(e -> AuditTexts.operation(this, e.operation())).setHeader(getTranslation("audit.operation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditTexts.summary(this, e)).setHeader(getTranslation("audit.changes")).setFlexGrow(3);
        grid.addItemClickListener(e -> {
            if (e.getItem().isChange()) {
                new ChangeHistoryDialog(audit, e.getItem().kind(), e.getItem().record()).open();
            }
        });
        grid.setSizeFull();
        grid.addClassName("audit-grid");
        add(new H2(getTranslation("audit.title")), tools, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(KIND_PARAMETER).filter(k -> !k.isBlank()).ifPresent(kind::setValue);
        parameters.getSingleParameter(RECORD_PARAMETER).ifPresent(record::setValue);
    }

    private void refresh() {
        TrailFilter f = new TrailFilter(user.getValue(), kind.getValue(), record.getValue(), from.getValue(), to.getValue());
        current = f;
        // no count: counting millions of rows for a scroll bar costs more than the page itself
        grid.setItems(q -> audit.find(f, q.getOffset(), q.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
