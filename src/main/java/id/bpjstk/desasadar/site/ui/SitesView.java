package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteView;
import jakarta.annotation.security.PermitAll;

/** The work sites of the user's scope, with exports as CSV and GeoJSON. */
@Route("lokasi")
@PermitAll
class SitesView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<SiteView> grid = new Grid<>();

    SitesView(SiteService sites) {
        addClassName("sites-view");
        setSizeFull();
        grid.addColumn(SiteView::name).setHeader(getTranslation("site.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("site.type." + s.type().name())).setHeader(getTranslation("site.type")).setAutoWidth(true);
        grid.addColumn(SiteView::commodity).setHeader(getTranslation("site.commodity")).setAutoWidth(true);
        grid.addColumn(SiteView::estimatedWorkers).setHeader(getTranslation("site.workers")).setAutoWidth(true);
        grid.addColumn(s -> s.villageName() + " (" + s.villageCode() + ")").setHeader(getTranslation("site.village")).setFlexGrow(2);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("lokasi/" + e.getItem().id())));
        grid.setItems(sites.listAll());
        grid.setSizeFull();

        var exports = new HorizontalLayout(
                new DownloadLink(getTranslation("export.csv"), "lokasi-kerja.csv", "text/csv", sites::exportCsv),
                new DownloadLink(getTranslation("export.geojson"), "lokasi-kerja.geojson", "application/geo+json", sites::exportGeoJson));
        add(new H2(getTranslation("sites.title")), exports, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sites.title");
    }
}
