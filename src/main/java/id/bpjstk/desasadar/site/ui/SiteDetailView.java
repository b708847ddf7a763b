package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.base.ui.Fact;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** A work site by URL ({@code /lokasi/12}); an unknown or out-of-scope id answers the same "not found". */
@Route("lokasi/:id")
@PermitAll
class SiteDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SiteService sites;
    private final SiteQueries siteQueries;
    private String title = "";

    SiteDetailView(SiteService sites, SiteQueries siteQueries) {
        this.sites = sites;
        this.siteQueries = siteQueries;
        addClassName("site-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SiteView> site = event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> siteQueries.find(Long.parseLong(id)));
        site.ifPresentOrElse(this::render, () -> {
            removeAll();
            title = getTranslation("site.error.not-found");
            add(new H2(title));
        });
    }

    private void render(SiteView s) {
        removeAll();
        title = s.name();
        add(new H2(s.name()));
        SiteFacts.add(this, s);
        fact("site.position", String.format(java.util.Locale.ROOT, "%.6f, %.6f", s.lat(), s.lng()));
        if (s.editable()) {
            add(new Button(getTranslation("site.edit"),
                    e -> new SiteFormDialog(sites, s.lat(), s.lng(), s, this::render).open()));
        }
    }

    private void fact(String labelKey, String value) {
        Fact.add(this, labelKey, value);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
