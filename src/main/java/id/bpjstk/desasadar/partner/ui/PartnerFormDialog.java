package id.bpjstk.desasadar.partner.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.partner.AreaOption;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerRules;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.util.function.Consumer;

/**
 * Adds or edits a partner; the area is asked of a municipality only. The fields are bound to the draft the service
 * takes, each with {@link PartnerRules}' check of it (decision 033). A refused save keeps what was typed.
 */
class PartnerFormDialog extends Dialog {

    PartnerFormDialog(PartnerService partners, PartnerView partner, Consumer<PartnerView> onSaved) {
        setHeaderTitle(getTranslation(partner == null ? "partner.add" : "partner.edit"));
        addClassName("partner-form");
        var kind = new ComboBox<PartnerKind>(getTranslation("partner.kind"), PartnerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("partner.kind." + k.name()));
        kind.setRequired(true);
        var name = new TextField(getTranslation("partner.name"));
        name.setMaxLength(PartnerService.NAME_MAX);
        name.setRequired(true);
        var area = new ComboBox<AreaOption>(getTranslation("partner.area"), partners.municipalityAreas());
        area.setItemLabelGenerator(AreaOption::label);
        area.setHelperText(getTranslation("partner.area.help"));
        var contactName = new TextField(getTranslation("partner.contact-name"));
        contactName.setMaxLength(PartnerService.CONTACT_NAME_MAX);
        var phone = new TextField(getTranslation("partner.contact-phone"));
        phone.setMaxLength(PartnerService.PHONE_MAX);
        var email = new TextField(getTranslation("partner.contact-email"));
        email.setMaxLength(PartnerService.EMAIL_MAX);
        kind.addValueChangeListener(e -> area.setVisible(e.getValue() != PartnerKind.COMPANY));
        var binder = FormBinding.forRecord(PartnerDraft.class);
        binder.forField(kind).withValidator(RuleValidator.of(PartnerRules::kind)).bind("kind");
        binder.forField(name).withValidator(RuleValidator.of(PartnerRules::name)).bind("name");
        // whether the area is a province or regency is the area list's, asked by the service
        binder.forField(area).withConverter(a -> a == null ? null : a.code(), code -> area.getValue()).bind("areaCode");
        binder.forField(contactName).withValidator(RuleValidator.of(PartnerRules::contactName)).bind("contactName");
        binder.forField(phone).withValidator(RuleValidator.of(PartnerRules::contactPhone)).bind("contactPhone");
        binder.forField(email).withValidator(RuleValidator.of(PartnerRules::contactEmail)).bind("contactEmail");
        if (partner != null) {
            kind.setValue(partner.kind());
            name.setValue(partner.name());
            area.setValue(partner.area());
            contactName.setValue(orEmpty(partner.contactName()));
            phone.setValue(orEmpty(partner.contactPhone()));
            email.setValue(orEmpty(partner.contactEmail()));
        }
        var form = new VerticalLayout(kind, name, area, contactName, phone, email);
        form.setPadding(false);
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        add(form);

        SaveFooter.add(this, () -> FormBinding.record(binder).map(draft -> partners.savePartner(partner == null ? null : partner.id(),
                draft, partner == null ? PartnerView.NEW : partner.version())), onSaved);
        setWidth("min(32rem, 95vw)");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
