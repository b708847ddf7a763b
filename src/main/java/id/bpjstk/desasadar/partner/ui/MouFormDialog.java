package id.bpjstk.desasadar.partner.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.partner.AreaOption;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerRules;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;

/**
 * Adds or edits a MoU of a partner: a municipality's MoU covers regencies or districts inside its own area, a
 * company's any regency or district. The fields are bound to the draft the service takes, each with
 * {@link PartnerRules}' check of it (decision 033). A refused save keeps what was typed.
 */
class MouFormDialog extends Dialog {

    MouFormDialog(PartnerService partners, PartnerView partner, MouView mou, Consumer<MouView> onSaved) {
        setHeaderTitle(getTranslation(mou == null ? "mou.add" : "mou.edit"));
        addClassName("mou-form");
        var number = new TextField(getTranslation("mou.number"));
        number.setMaxLength(PartnerService.NUMBER_MAX);
        number.setRequired(true);
        var title = new TextField(getTranslation("mou.title"));
        title.setMaxLength(PartnerService.TITLE_MAX);
        title.setRequired(true);
        var start = new DatePicker(getTranslation("mou.starts-on"));
        var end = new DatePicker(getTranslation("mou.ends-on"));
        var quota = new IntegerField(getTranslation("mou.quota"));
        quota.setMin(1);
        quota.setMax(PartnerService.QUOTA_MAX);
        var budget = new BigDecimalField(getTranslation("mou.budget"));
        budget.setPrefixComponent(new Span("Rp"));
        var areas = new MultiSelectComboBox<AreaOption>(getTranslation("mou.areas"), partners.mouAreaChoices(partner.id()));
        areas.setItemLabelGenerator(AreaOption::label);
        areas.setHelperText(getTranslation(partner.area() == null ? "mou.areas.help.company" : "mou.areas.help.municipality",
                partner.area() == null ? "" : partner.area().label()));
        var binder = FormBinding.forRecord(MouDraft.class);
        binder.forField(number).withValidator(RuleValidator.of(PartnerRules::mouNumber)).bind("number");
        binder.forField(title).withValidator(RuleValidator.of(PartnerRules::mouTitle)).bind("title");
        binder.forField(start).bind("startsOn");
        var period = binder.forField(end).withValidator(RuleValidator.of(to -> PartnerRules.period(start.getValue(), to)))
                .bind("endsOn");
        start.addValueChangeListener(e -> {
            if (end.getValue() != null) {
                period.validate();
            }
        });
        binder.forField(quota).withValidator(RuleValidator.of(PartnerRules::quota)).bind("quota");
        binder.forField(budget)
                .withConverter(b -> b == null ? null : b.setScale(0, RoundingMode.HALF_UP).longValue(), b -> budget.getValue())
                .withValidator(RuleValidator.of(PartnerRules::budget)).bind("budget");
        binder.forField(areas).withValidator(RuleValidator.of(PartnerRules::someArea))
                .withConverter(chosen -> chosen.stream().map(AreaOption::code).toList(), codes -> areas.getValue()).bind("areaCodes");
        var form = new VerticalLayout(number, title, start, end, quota, budget, areas);
        if (mou != null) {
            number.setValue(mou.number());
            title.setValue(mou.title());
            start.setValue(mou.startsOn());
            end.setValue(mou.endsOn());
            quota.setValue(mou.quota());
            budget.setValue(mou.budget() == null ? null : BigDecimal.valueOf(mou.budget()));
            areas.setValue(mou.areas());
            form.add(new Span(getTranslation("mou.usage", mou.enrolled(), mou.quota(), mou.remaining())));
        }
        form.setPadding(false);
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        add(form);

        SaveFooter.add(this, () -> FormBinding.record(binder).map(draft -> partners.saveMou(partner.id(), mou == null ? null : mou.id(),
                draft, mou == null ? MouView.NEW : mou.version())), onSaved);
        setWidth("min(36rem, 95vw)");
    }
}
