package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.VillageExport;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageQuery;
import id.bpjstk.desasadar.territory.VillageRow;
import jakarta.annotation.security.PermitAll;

/**
 * The villages of the user's scope, filtered by area code, status and name. Lazy and without a total
 * count: the grid fetches pages as the user scrolls, fast at 83,762 villages.
 */
@Route("desa")
@PermitAll
class VillagesView extends VerticalLayout implements HasDynamicTitle {

    private final VillageProfileQueries profiles;
    private final VillageExport export;
    private final Grid<VillageRow> grid = new Grid<>();
    private final TextField area = new TextField();
    private final ComboBox<DesignationStatus> status = new ComboBox<>();
    private final TextField name = new TextField();

    VillagesView(VillageProfileQueries profiles, VillageExport export) {
        this.profiles = profiles;
        this.export = export;
        addClassName("villages-view");
        setSizeFull();

        area.setLabel(getTranslation("villages.filter.area"));
        area.setPlaceholder("35.78");
        area.setClearButtonVisible(true);
        area.setAllowedCharPattern("[0-9.]");
        status.setLabel(getTranslation("villages.filter.status"));
        status.setItems(DesignationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        name.setLabel(getTranslation("villages.filter.name"));
        name.setClearButtonVisible(true);
        for (TextField f : new TextField[] {area, name}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        status.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(area, status, name,
                new DownloadLink(getTranslation("export.csv"), "desa.csv", "text/csv", out -> export.exportCsv(query(), out)),
                new DownloadLink(getTranslation("export.geojson"), "desa.geojson", "application/geo+json",
                        out -> export.exportGeoJson(query(), out)));
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.addColumn(VillageRow::name).setHeader(getTranslation("villages.col.name")).setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(VillageRow::code).setHeader(getTranslation("village.code")).setKey("code").setSortable(true).setAutoWidth(true);
        grid.addColumn(VillageRow::districtName).setHeader(getTranslation("village.district"));
        grid.addColumn(VillageRow::regencyName).setHeader(getTranslation("village.regency"));
        grid.addColumn(r -> getTranslation("status." + r.status().name())).setHeader(getTranslation("villages.filter.status")).setAutoWidth(true);
        grid.addColumn(VillageRow::potential).setHeader(getTranslation("profile.potential")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("desa/" + e.getItem().code())));
        grid.setSizeFull();
        refresh();

        add(new H2(getTranslation("villages.title")), filters, grid);
    }

    private void refresh() {
        grid.setItems(query -> {
            var order = query.getSortOrders().stream().findFirst();
            boolean byCode = order.map(o -> "code".equals(o.getSorted())).orElse(false);
            boolean descending = order.map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
            var q = new VillageQuery(area.getValue(), status.getValue(), name.getValue(), byCode, descending);
            return profiles.list(q, query.getOffset(), query.getLimit()).stream();
        });
    }

    /** The filters as they stand: an export holds what the grid shows. */
    private VillageQuery query() {
        return new VillageQuery(area.getValue(), status.getValue(), name.getValue(), true, false);
    }

    Grid<VillageRow> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("villages.title");
    }
}
