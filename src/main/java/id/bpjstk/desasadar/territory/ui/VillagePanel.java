package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;

/**
 * The village's details next to the map (a bottom sheet on a phone). Every name is set as text, so a
 * name that looks like HTML shows as those characters.
 */
class VillagePanel extends VerticalLayout {

    private final AreaService areas;
    private final H3 title = new H3();
    private final Div facts = new Div();

    VillagePanel(AreaService areas) {
        this.areas = areas;
        addClassName("village-panel");
        setWidth(null); // styles.css sizes it: full width under the map on a phone, a side column on a desktop
        setVisible(false);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> setVisible(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("action.close"));
        var header = new Div(title, close);
        header.addClassName("panel-header");
        facts.addClassName("panel-facts");
        add(header, facts);
    }

    void show(String villageCode) {
        facts.removeAll();
        areas.findVillage(villageCode).ifPresentOrElse(this::render, () -> {
            title.setText(getTranslation("village.not-found"));
            facts.add(new Span(getTranslation("village.not-found.detail")));
        });
        setVisible(true);
    }

    private void render(VillageDetails v) {
        title.setText(v.name());
        var open = new RouterLink(getTranslation("village.open-detail"), VillageDetailView.class,
                new RouteParameters("code", v.code()));
        open.addClassName("open-detail");
        fact("village.code", v.code());
        fact("village.kind", getTranslation("kind." + v.kind().name()));
        fact("village.district", v.districtName());
        fact("village.regency", v.regencyName());
        fact("village.province", v.provinceName());
        facts.add(open);
    }

    private void fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var row = new Div(label, text);
        row.addClassName("fact");
        facts.add(row);
    }

    String titleText() {
        return title.getText();
    }
}
