package id.bpjstk.desasadar.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.bpjstk.desasadar.base.ui.Fact;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.site.ui.SiteFacts;
import id.bpjstk.desasadar.territory.VillageDetails;

/**
 * Details of what was clicked on the map — a village or a site — beside the map (a bottom sheet on a
 * phone). Every name is set as text, so a name that looks like HTML shows as those characters.
 */
class MapPanel extends VerticalLayout {

    private final H3 title = new H3();
    private final Div facts = new Div();

    MapPanel() {
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

    /** The village's facts, then what other features contribute (its events, its enrolled workers…). */
    void showVillage(VillageDetails v, Component... sections) {
        open(v.name());
        fact("village.code", v.code());
        fact("village.kind", getTranslation("kind." + v.kind().name()));
        fact("village.district", v.districtName());
        fact("village.regency", v.regencyName());
        fact("village.province", v.provinceName());
        var link = new Anchor("desa/" + v.code(), getTranslation("village.open-detail"));
        link.addClassName("open-detail");
        facts.add(link);
        facts.add(sections);
    }

    void showSite(SiteView s, Component... actions) {
        open(s.name());
        SiteFacts.add(facts, s);
        var link = new Anchor("lokasi/" + s.id(), getTranslation("site.open-detail"));
        link.addClassName("open-detail");
        facts.add(link);
        facts.add(actions);
    }

    void showEvent(EventView e) {
        open(e.title());
        fact("villages.filter.status", getTranslation("event.status." + e.status().name()));
        fact("event.type", getTranslation("event.type." + e.type().name()));
        fact("event.start", java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(getLocale()).format(e.start()));
        fact("site.village", e.villageName() + " (" + e.villageCode() + ")");
        fact("event.officer", e.officer());
        fact("event.actual", e.actualAttendance() == null ? null : e.actualAttendance().toString());
        var link = new Anchor("kegiatan/" + e.id(), getTranslation("event.open-detail"));
        link.addClassName("open-detail");
        facts.add(link);
    }

    void showNotFound(String titleKey, String detailKey) {
        open(getTranslation(titleKey));
        facts.add(new Span(getTranslation(detailKey)));
    }

    private void open(String heading) {
        facts.removeAll();
        title.setText(heading);
        setVisible(true);
    }

    private void fact(String labelKey, String value) {
        Fact.add(facts, labelKey, value);
    }

    String titleText() {
        return title.getText();
    }
}
