package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.base.ui.ImportPanel;
import id.bpjstk.desasadar.site.SiteExport;
import id.bpjstk.desasadar.site.SiteImportService;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteView;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.concurrent.Executor;

/** The work sites of the user's scope, with exports as CSV and GeoJSON. */
@Route("lokasi")
@PermitAll
class SitesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SiteView> grid = new Grid<>();

    private final SiteQueries sites;
    private final SiteImportService importer;

    SitesView(SiteQueries sites, SiteExport export, SiteImportService importer, CurrentUser currentUser,
              Executor applicationTaskExecutor) {
        this.sites = sites;
        this.importer = importer;
        addClassName("sites-view");
        setSizeFull();
        grid.addColumn(SiteView::name).setHeader(getTranslation("site.name")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("site.type." + s.type().name())).setHeader(getTranslation("site.type")).setAutoWidth(true);
        grid.addColumn(SiteView::commodity).setHeader(getTranslation("site.commodity")).setAutoWidth(true);
        grid.addColumn(SiteView::estimatedWorkers).setHeader(getTranslation("site.workers")).setAutoWidth(true);
        grid.addColumn(s -> s.villageName() + " (" + s.villageCode() + ")").setHeader(getTranslation("site.village")).setFlexGrow(2);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("lokasi/" + e.getItem().id())));
        refresh();
        grid.setSizeFull();

        var exports = new HorizontalLayout(
                new DownloadLink(getTranslation("export.csv"), "lokasi-kerja.csv", "text/csv", export::exportCsv),
                new DownloadLink(getTranslation("export.geojson"), "lokasi-kerja.geojson", "application/geo+json", export::exportGeoJson));
        add(new H2(getTranslation("sites.title")), exports);
        if (currentUser.editsFieldWork()) {
            add(importer(applicationTaskExecutor));
        }
        add(grid);
    }

    /** Lazy, without a count: pages are fetched as the user scrolls. */
    private void refresh() {
        grid.setItems(query -> sites.list(query.getOffset(), query.getLimit()).stream());
    }

    private Details importer(Executor executor) {
        var panel = new ImportPanel((file, fileName, mode, progress, cancelled) -> importer.importFile(file, progress, cancelled),
                new ImportPanel.Kind("site.import", List.of(), List.of(), null, "lokasi", SiteImportService.MAX_BYTES,
                        List.of(".geojson", ".json"), List.of(ImportMode.ACCEPT_VALID), ImportPanel.Heading.NONE, null), executor);
        panel.onStored(this::refresh);
        panel.setPadding(false);
        var box = new Details(getTranslation("site.import.title"), panel);
        box.addClassName("site-import");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sites.title");
    }
}
