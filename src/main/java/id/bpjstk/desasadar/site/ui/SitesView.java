package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import id.bpjstk.desasadar.base.ui.LimitedUpload;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import java.io.IOException;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.site.SiteExport;
import id.bpjstk.desasadar.site.SiteImportService;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteView;
import jakarta.annotation.security.PermitAll;

/** The work sites of the user's scope, with exports as CSV and GeoJSON. */
@Route("lokasi")
@PermitAll
class SitesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SiteView> grid = new Grid<>();

    private final SiteQueries sites;
    private final SiteImportService importer;
    private final Div importResult = new Div();

    SitesView(SiteQueries sites, SiteExport export, SiteImportService importer, CurrentUser currentUser) {
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
            add(importer());
        }
        add(grid);
    }

    /** Lazy, without a count: pages are fetched as the user scrolls. */
    private void refresh() {
        grid.setItems(query -> sites.list(query.getOffset(), query.getLimit()).stream());
    }

    private Details importer() {
        // streamed to a temporary file, never held in memory (issue 13, item 4)
        var upload = LimitedUpload.toTempFile(SiteImportService.MAX_BYTES, (meta, file) -> imported(file));
        upload.setAcceptedFileTypes(".geojson", ".json");
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("site.import.too-large",
                SiteImportService.MAX_BYTES / (1024 * 1024)), 6000, Notification.Position.MIDDLE));
        var box = new Details(getTranslation("site.import.title"), new VerticalLayout(upload, importResult));
        box.addClassName("site-import");
        return box;
    }

    private void imported(java.io.File file) {
        importResult.removeAll();
        try (var in = new java.io.FileInputStream(file)) {
            SiteImportService.Report report = importer.importGeoJson(in, file.length());
            importResult.add(new Paragraph(getTranslation("site.import.result", report.read(), report.imported(),
                    report.unchanged(), report.rejected().size())));
            if (!report.rejected().isEmpty()) {
                var rejected = new Grid<SiteImportService.Rejection>();
                rejected.addColumn(SiteImportService.Rejection::feature).setHeader(getTranslation("site.import.col.feature"))
                        .setAutoWidth(true).setFlexGrow(0);
                rejected.addColumn(r -> getTranslation(r.messageKey(), r.args().toArray())).setHeader(getTranslation("site.import.col.reason"))
                        .setFlexGrow(1);
                rejected.setWidthFull();
                rejected.setItems(report.rejected());
                rejected.setAllRowsVisible(true);
                importResult.add(rejected);
            }
            refresh();
        } catch (RuleViolation e) {
            importResult.add(new Paragraph(getTranslation(e.messageKey(), e.args())));
        } catch (IOException e) {
            importResult.add(new Paragraph(getTranslation("site.import.not-json")));
        } finally {
            file.delete();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sites.title");
    }
}
