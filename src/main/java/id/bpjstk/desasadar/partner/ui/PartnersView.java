package id.bpjstk.desasadar.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.Fact;
import id.bpjstk.desasadar.partner.AreaOption;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** The administrator's partners (municipalities and companies) and, for the chosen one, its MoUs and their quotas. */
@Route("admin/mitra")
@RolesAllowed("ADMIN")
class PartnersView extends VerticalLayout implements HasDynamicTitle {

    private final PartnerService partners;
    private final Grid<PartnerView> grid = new Grid<>();
    private final Div details = new Div();

    PartnersView(PartnerService partners) {
        this.partners = partners;
        addClassName("partners-view");
        setWidthFull();
        grid.addColumn(PartnerView::name).setHeader(getTranslation("partner.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("partner.kind." + p.kind().name())).setHeader(getTranslation("partner.kind")).setAutoWidth(true);
        grid.addColumn(p -> p.area() == null ? "" : p.area().label()).setHeader(getTranslation("partner.area")).setFlexGrow(1);
        grid.addColumn(PartnerView::contactName).setHeader(getTranslation("partner.contact-name")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        grid.setWidthFull();
        grid.setHeight("18rem");
        details.setWidthFull();
        var add = new Button(getTranslation("partner.add"), e -> new PartnerFormDialog(partners, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("partner.title")), add, grid, details);
        refresh(null);
    }

    /** Reloads the grid and keeps (or puts) the saved partner in view. */
    private void refresh(PartnerView selected) {
        grid.setItems(partners.partners());
        grid.asSingleSelect().clear();
        if (selected != null) {
            grid.getListDataView().getItems().filter(p -> p.id() == selected.id()).findFirst().ifPresent(grid::select);
        }
    }

    private void showDetails(PartnerView partner) {
        details.removeAll();
        if (partner == null) {
            return;
        }
        var facts = new Div();
        facts.addClassName("panel-facts");
        Fact.add(facts, "partner.kind", getTranslation("partner.kind." + partner.kind().name()));
        Fact.add(facts, "partner.funding", getTranslation("partner.funding." + partner.funding().name()));
        Fact.add(facts, "partner.area", partner.area() == null ? null : partner.area().label());
        Fact.add(facts, "partner.contact-name", partner.contactName());
        Fact.add(facts, "partner.contact-phone", partner.contactPhone());
        Fact.add(facts, "partner.contact-email", partner.contactEmail());
        var edit = new Button(getTranslation("partner.edit"), e -> new PartnerFormDialog(partners, partner, this::refresh).open());
        var addMou = new Button(getTranslation("mou.add"),
                e -> new MouFormDialog(partners, partner, null, m -> refresh(partner)).open());
        addMou.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var mous = mouGrid(partner);
        details.add(new H3(partner.name()), facts, new HorizontalLayout(edit, addMou), mous);
    }

    private Grid<MouView> mouGrid(PartnerView partner) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var numbers = NumberFormat.getIntegerInstance(getLocale());
        var mous = new Grid<MouView>();
        mous.addColumn(MouView::number).setHeader(getTranslation("mou.number")).setAutoWidth(true);
        mous.addColumn(MouView::title).setHeader(getTranslation("mou.title")).setFlexGrow(2);
        mous.addColumn(m -> dates.format(m.startsOn()) + " – " + dates.format(m.endsOn())).setHeader(getTranslation("mou.period"))
                .setAutoWidth(true);
        mous.addColumn(m -> numbers.format(m.quota())).setHeader(getTranslation("mou.quota")).setAutoWidth(true);
        mous.addColumn(m -> numbers.format(m.enrolled())).setHeader(getTranslation("mou.used")).setAutoWidth(true);
        mous.addColumn(m -> numbers.format(m.remaining())).setHeader(getTranslation("mou.left")).setAutoWidth(true);
        mous.addColumn(m -> m.budget() == null ? "" : "Rp" + numbers.format(m.budget())).setHeader(getTranslation("mou.budget"))
                .setAutoWidth(true);
        mous.addColumn(m -> m.areas().stream().map(AreaOption::label).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("mou.areas")).setFlexGrow(2);
        mous.setItems(partners.mousOf(partner.id()));
        mous.addItemClickListener(e -> new MouFormDialog(partners, partner, e.getItem(), m -> refresh(partner)).open());
        mous.setAllRowsVisible(true);
        mous.setWidthFull();
        return mous;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner.title");
    }
}
