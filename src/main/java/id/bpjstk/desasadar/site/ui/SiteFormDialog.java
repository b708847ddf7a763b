package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.site.SiteDraft;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * The site form, opened after a click on the map (new site at that point) or from a site's panel. The
 * village is derived from the point; when it cannot be, the user types its code. A refused save shows
 * why and keeps everything typed.
 * <p>Declared in site's named interface {@code ui}: the home map opens it (docs/architecture.md).
 */
@NamedInterface("ui")
public class SiteFormDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<SiteType> type = new ComboBox<>();
    private final TextField commodity = new TextField();
    private final TextField operator = new TextField();
    private final IntegerField workers = new IntegerField();
    private final TextField contact = new TextField();
    private final TextField villageCode = new TextField();

    public SiteFormDialog(SiteService sites, double lat, double lng, SiteView existing, Consumer<SiteView> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "site.new" : "site.edit"));
        addClassName("site-form");
        name.setLabel(getTranslation("site.name"));
        name.setRequired(true);
        name.setMaxLength(SiteService.NAME_MAX);
        name.setWidthFull();
        type.setLabel(getTranslation("site.type"));
        type.setItems(SiteType.values());
        type.setItemLabelGenerator(t -> getTranslation("site.type." + t.name()));
        type.setRequired(true);
        commodity.setLabel(getTranslation("site.commodity"));
        commodity.setMaxLength(SiteService.COMMODITY_MAX);
        commodity.setPlaceholder("sawit, karet, kopi, tebu…");
        operator.setLabel(getTranslation("site.operator"));
        operator.setMaxLength(SiteService.OPERATOR_MAX);
        workers.setLabel(getTranslation("site.workers"));
        workers.setMin(0);
        workers.setMax(SiteService.WORKERS_MAX);
        contact.setLabel(getTranslation("site.contact"));
        contact.setMaxLength(SiteService.CONTACT_MAX);
        villageCode.setLabel(getTranslation("site.village-code"));
        villageCode.setAllowedCharPattern("[0-9.]");
        villageCode.setPlaceholder("16.07.01.2001");

        var form = new VerticalLayout(name, type, commodity, operator, workers, contact);
        form.setPadding(false);
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        villageCode.setWidthFull();
        var village = sites.villageFor(lat, lng);
        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.type());
            commodity.setValue(existing.commodity() == null ? "" : existing.commodity());
            operator.setValue(existing.operator() == null ? "" : existing.operator());
            workers.setValue(existing.estimatedWorkers());
            contact.setValue(existing.contact() == null ? "" : existing.contact());
        }
        if (village.isPresent()) {
            var where = new Span(getTranslation("site.village.derived", village.get().name(), village.get().code()));
            where.addClassName("site-village");
            form.add(where);
        } else {
            villageCode.setValue(existing == null ? "" : existing.villageCode());
            villageCode.setHelperText(getTranslation("site.village.ask"));
            form.add(villageCode);
        }
        add(form);

        var save = new Button(getTranslation("action.save"), e -> {
            var draft = new SiteDraft(name.getValue(), type.getValue(), commodity.getValue(), operator.getValue(),
                    workers.getValue(), contact.getValue(), lat, lng, null, villageCode.getValue());
            try {
                SiteView saved = existing == null ? sites.create(draft) : sites.update(existing.id(), draft, existing.version());
                close();
                onSaved.accept(saved);
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-site");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
