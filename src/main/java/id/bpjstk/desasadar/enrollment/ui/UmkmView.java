package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.ui.Fact;
import id.bpjstk.desasadar.enrollment.UmkmAreaFigures;
import id.bpjstk.desasadar.enrollment.UmkmFigures;
import id.bpjstk.desasadar.enrollment.UmkmService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.territory.AreaLevel;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.List;

/**
 * A company partner's UMKM binaan (issue 12 item 6): estimated workers against enrolled and active, summed, per
 * regency or district, and per UMKM in a lazy grid (108,000 UMKM are never loaded at once). A click on an area cuts the
 * UMKM list to it. The company's own partner user reaches it from its home ({@code /mitra-saya}); officers choose a
 * company ({@code ?mitra=12}). Every figure comes from {@link UmkmService}, which checks who may read which company.
 */
@Route("umkm-binaan")
@PermitAll
class UmkmView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UmkmService umkm;
    private final Select<PartnerView> company = new Select<>();
    private final Div totals = new Div();
    private final Select<AreaLevel> level = new Select<>();
    private final Grid<UmkmAreaFigures> areaGrid = new Grid<>();
    private final Span within = new Span();
    private final Button allAreas = new Button();
    private final Grid<UmkmFigures> grid = new Grid<>();
    private final List<PartnerView> companies;
    private String area = "";

    UmkmView(UmkmService umkm, CurrentUser currentUser) {
        this.umkm = umkm;
        addClassName("umkm-view");
        setWidthFull();
        companies = umkm.companies();

        var header = new HorizontalLayout(new H2(getTranslation("umkm.title")));
        header.setWrap(true);
        header.setAlignItems(Alignment.BASELINE);
        if (currentUser.editsFieldWork()) {
            var importing = new Button(getTranslation("umkm.import.title"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(UmkmImportView.class)));
            importing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            importing.addClassName("umkm-import");
            header.add(importing);
        }
        add(header);
        if (companies.isEmpty()) {
            var none = new Paragraph(getTranslation("umkm.no-company"));
            none.addClassName("umkm-no-company");
            add(none);
            return;
        }

        company.setLabel(getTranslation("umkm.company"));
        company.setItems(companies);
        company.setItemLabelGenerator(PartnerView::name);
        company.addClassName("umkm-company");
        // a company's own user has exactly one: its own
        company.setVisible(!currentUser.hasRole(Role.PARTNER));
        totals.addClassName("umkm-totals");

        level.setLabel(getTranslation("umkm.level"));
        level.setItems(AreaLevel.REGENCY, AreaLevel.DISTRICT);
        level.setItemLabelGenerator(l -> getTranslation("umkm.level." + l.name()));
        level.setValue(AreaLevel.REGENCY);
        level.addClassName("umkm-level");
        areaGrid.addColumn(UmkmAreaFigures::name).setHeader(getTranslation("umkm.col.area")).setAutoWidth(true).setFlexGrow(1);
        areaGrid.addColumn(f -> number(f.umkm())).setHeader(getTranslation("umkm.col.umkm")).setAutoWidth(true).setFlexGrow(0);
        figureColumns(areaGrid, UmkmAreaFigures::estimatedWorkers, UmkmAreaFigures::enrolled, UmkmAreaFigures::active);
        areaGrid.addColumn(f -> f.enrolledShare() == null ? "–" : percent(f.enrolledShare()))
                .setHeader(getTranslation("umkm.col.share")).setAutoWidth(true).setFlexGrow(0);
        areaGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        areaGrid.setAllRowsVisible(true); // a few regencies or a few dozen districts: no empty box under two rows
        areaGrid.addClassName("umkm-area-grid");
        areaGrid.addItemClickListener(e -> showArea(e.getItem().code(), e.getItem().name()));

        within.addClassName("umkm-within");
        allAreas.setText(getTranslation("umkm.all-areas"));
        allAreas.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        allAreas.addClassName("umkm-all-areas");
        allAreas.addClickListener(e -> showArea("", null));
        grid.addColumn(UmkmFigures::siteId).setHeader(getTranslation("umkm.col.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UmkmFigures::name).setHeader(getTranslation("umkm.col.name")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(UmkmFigures::owner).setHeader(getTranslation("umkm.col.owner")).setAutoWidth(true);
        grid.addColumn(u -> u.villageName() + " (" + u.villageCode() + ")").setHeader(getTranslation("site.village")).setAutoWidth(true);
        grid.addColumn(u -> u.estimatedWorkers() == null ? "–" : number(u.estimatedWorkers()))
                .setHeader(getTranslation("umkm.col.estimated")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> number(u.enrolled())).setHeader(getTranslation("coverage.metric.ENROLLED")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> number(u.active())).setHeader(getTranslation("coverage.metric.ACTIVE")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("28rem");
        grid.addClassName("umkm-grid");
        if (!currentUser.hasRole(Role.PARTNER)) { // the site pages are the officers'
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("lokasi/" + e.getItem().siteId())));
        }

        var areaSection = section("umkm.section.areas", level, areaGrid);
        var listTools = new Div(within, allAreas);
        listTools.addClassName("umkm-list-tools");
        var listSection = section("umkm.section.list", listTools, grid);
        add(company, totals, areaSection, listSection);

        company.addValueChangeListener(e -> showCompany());
        level.addValueChangeListener(e -> showAreas());
        company.setValue(companies.getFirst());
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        var section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("umkm-section");
        section.setWidthFull();
        return section;
    }

    private <T> void figureColumns(Grid<T> target, java.util.function.ToLongFunction<T> estimated, java.util.function.ToLongFunction<T> enrolled,
                                   java.util.function.ToLongFunction<T> active) {
        target.addColumn(f -> number(estimated.applyAsLong(f))).setHeader(getTranslation("umkm.col.estimated")).setAutoWidth(true).setFlexGrow(0);
        target.addColumn(f -> number(enrolled.applyAsLong(f))).setHeader(getTranslation("coverage.metric.ENROLLED")).setAutoWidth(true).setFlexGrow(0);
        target.addColumn(f -> number(active.applyAsLong(f))).setHeader(getTranslation("coverage.metric.ACTIVE")).setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("mitra").filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf)
                .flatMap(id -> companies.stream().filter(c -> c.id() == id).findFirst()).ifPresent(company::setValue);
    }

    private void showCompany() {
        if (company.getValue() == null) {
            return;
        }
        UmkmAreaFigures all = umkm.totals(company.getValue().id());
        totals.removeAll();
        Fact.add(totals, "umkm.total.umkm", number(all.umkm()));
        Fact.add(totals, "umkm.total.estimated", number(all.estimatedWorkers()));
        Fact.add(totals, "umkm.total.enrolled", number(all.enrolled()) + (all.enrolledShare() == null ? ""
                : " (" + percent(all.enrolledShare()) + ")"));
        Fact.add(totals, "umkm.total.active", number(all.active()));
        showAreas();
        showArea("", null);
    }

    private void showAreas() {
        if (company.getValue() == null || level.getValue() == null) {
            return;
        }
        areaGrid.setItems(umkm.byArea(company.getValue().id(), level.getValue(), ""));
    }

    /** Cuts the UMKM list to an area ({@code ""}: all of them); the grid asks for one page at a time. */
    private void showArea(String code, String name) {
        area = code;
        within.setText(code.isEmpty() ? getTranslation("umkm.within.all") : getTranslation("umkm.within", name));
        allAreas.setVisible(!code.isEmpty());
        long companyId = company.getValue().id();
        String cut = area;
        grid.setItems(query -> umkm.list(companyId, cut, query.getOffset(), query.getLimit()).stream());
    }

    Select<PartnerView> company() {
        return company;
    }

    Grid<UmkmFigures> grid() {
        return grid;
    }

    Grid<UmkmAreaFigures> areaGrid() {
        return areaGrid;
    }

    private String number(long v) {
        return NumberFormat.getIntegerInstance(getLocale()).format(v);
    }

    private String percent(double share) {
        var f = NumberFormat.getPercentInstance(getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("umkm.title");
    }
}
