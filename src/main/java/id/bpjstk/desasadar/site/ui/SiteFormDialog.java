package id.bpjstk.desasadar.site.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.site.SiteDraft;
import id.bpjstk.desasadar.site.SiteRules;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * The site form, opened after a click on the map (new site at that point) or from a site's panel. The
 * village is derived from the point; when it cannot be, the user types its code. Each field is bound to
 * {@link SiteRules}' check of it (decision 033), so a bad value is flagged as the user leaves the field; a save the
 * service refuses shows why and keeps everything typed.
 * <p>Declared in site's named interface {@code ui}: the home map opens it (docs/architecture.md).
 */
@NamedInterface("ui")
public class SiteFormDialog extends Dialog {

    /** What the fields hold, written by the binder once each passes its rule. */
    private static final class Typed {
        private String name = "";
        private SiteType type;
        private String commodity = "";
        private String operator = "";
        private Integer workers;
        private String contact = "";
        private String villageCode = "";
    }

    private final TextField name = new TextField();
    private final ComboBox<SiteType> type = new ComboBox<>();
    private final TextField commodity = new TextField();
    private final TextField operator = new TextField();
    private final IntegerField workers = new IntegerField();
    private final TextField contact = new TextField();
    private final TextField villageCode = new TextField();
    private final Binder<Typed> binder = FormBinding.forBean();
    private final Typed typed = new Typed();

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
        bind();
        if (existing != null) {
            typed.name = existing.name();
            typed.type = existing.type();
            typed.commodity = existing.commodity() == null ? "" : existing.commodity();
            typed.operator = existing.operator() == null ? "" : existing.operator();
            typed.workers = existing.estimatedWorkers();
            typed.contact = existing.contact() == null ? "" : existing.contact();
        }
        if (village.isPresent()) {
            var where = new Span(getTranslation("site.village.derived", village.get().name(), village.get().code()));
            where.addClassName("site-village");
            form.add(where);
        } else {
            typed.villageCode = existing == null ? "" : existing.villageCode();
            villageCode.setHelperText(getTranslation("site.village.ask"));
            form.add(villageCode);
        }
        binder.readBean(typed);
        add(form);

        SaveFooter.add(this, () -> FormBinding.write(binder, typed).map(t -> {
            var draft = new SiteDraft(t.name, t.type, t.commodity, t.operator, t.workers, t.contact, lat, lng, null, t.villageCode);
            return existing == null ? sites.create(draft) : sites.update(existing.id(), draft, existing.version());
        }), onSaved).addClassName("save-site");
        setWidth("min(30rem, 95vw)");
    }

    private void bind() {
        binder.forField(name).withValidator(RuleValidator.of(SiteRules::name)).bind(t -> t.name, (t, v) -> t.name = v);
        binder.forField(type).withValidator(RuleValidator.of(SiteRules::type)).bind(t -> t.type, (t, v) -> t.type = v);
        binder.forField(commodity).withValidator(RuleValidator.of(SiteRules::commodity))
                .bind(t -> t.commodity, (t, v) -> t.commodity = v);
        binder.forField(operator).withValidator(RuleValidator.of(SiteRules::operator)).bind(t -> t.operator, (t, v) -> t.operator = v);
        binder.forField(workers).withValidator(RuleValidator.of(SiteRules::workers))
                .bind(t -> t.workers, (t, v) -> t.workers = v);
        binder.forField(contact).withValidator(RuleValidator.of(SiteRules::contact)).bind(t -> t.contact, (t, v) -> t.contact = v);
        // which village, and whether it is the caller's, is the service's to say (it asks the area list)
        binder.forField(villageCode).bind(t -> t.villageCode, (t, v) -> t.villageCode = v);
    }
}
