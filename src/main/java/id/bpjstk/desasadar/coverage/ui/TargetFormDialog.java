package id.bpjstk.desasadar.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.coverage.TargetDraft;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetOwner;
import id.bpjstk.desasadar.coverage.TargetPhasing;
import id.bpjstk.desasadar.coverage.TargetRules;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.coverage.TargetView;
import id.bpjstk.desasadar.territory.AreaChoice;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Adds or edits one target. The fields are bound to {@link TargetRules}' checks of each (decision 033), the rules the
 * service applies to the form and the CSV import alike, so a bad value is flagged on its field with the words of the
 * import report; the rest (the owner exists, one target per year, owner and measure) is the service's, on save.
 */
class TargetFormDialog extends Dialog {

    enum OwnerKind { AREA, OFFICE }

    /** What the fields hold, written by the binder once each passes its rule. */
    private static final class Typed {
        private Integer year;
        private OwnerKind ownerKind;
        private AreaChoice area;
        private OfficeView office;
        private TargetMeasure measure;
        private Long value;
        private TargetPhasing.Kind phasing;
        private String months = "";
        private boolean illustrative;
        private String source = "";
    }

    private final TargetService targets;
    private final TargetView editing;
    private final Runnable saved;
    private final IntegerField year = new IntegerField();
    private final RadioButtonGroup<OwnerKind> ownerKind = new RadioButtonGroup<>();
    private final AreaPicker area;
    private final ComboBox<OfficeView> office = new ComboBox<>();
    private final ComboBox<TargetMeasure> measure = new ComboBox<>();
    private final TextField value = new TextField();
    private final ComboBox<TargetPhasing.Kind> phasing = new ComboBox<>();
    private final TextField months = new TextField();
    private final Checkbox illustrative = new Checkbox();
    private final TextField source = new TextField();
    private final Binder<Typed> binder = FormBinding.forBean();
    private final Typed typed = new Typed();
    private boolean deleteArmed;

    /** @param editing the target to edit, or null for a new one */
    TargetFormDialog(Clock clock, TargetService targets, AreaService areas, List<OfficeView> offices, TargetView editing, Runnable saved) {
        this.targets = targets;
        this.editing = editing;
        this.saved = saved;
        addClassName("target-form");
        setHeaderTitle(getTranslation(editing == null ? "target.add" : "target.edit"));

        year.setLabel(getTranslation("target.year"));
        year.setMin(TargetService.YEAR_MIN);
        year.setMax(TargetService.YEAR_MAX);
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        ownerKind.setLabel(getTranslation("target.owner.kind"));
        ownerKind.setItems(OwnerKind.values());
        ownerKind.setItemLabelGenerator(k -> getTranslation("target.owner." + k.name()));
        area = new AreaPicker(getTranslation("target.area"), areas, EnumSet.of(AreaLevel.PROVINCE, AreaLevel.REGENCY));
        area.setHelperText(getTranslation("target.area.help"));
        office.setLabel(getTranslation("target.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(o -> o.name() + " (" + o.code() + ")");
        ownerKind.addValueChangeListener(e -> {
            area.setVisible(e.getValue() == OwnerKind.AREA);
            office.setVisible(e.getValue() == OwnerKind.OFFICE);
        });
        measure.setLabel(getTranslation("target.measure"));
        measure.setItems(TargetMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        measure.setRequiredIndicatorVisible(true);
        value.setLabel(getTranslation("target.value"));
        value.setHelperText(getTranslation("target.value.help"));
        value.setRequiredIndicatorVisible(true);
        phasing.setLabel(getTranslation("target.phasing"));
        phasing.setItems(TargetPhasing.Kind.values());
        phasing.setItemLabelGenerator(k -> getTranslation("target.phasing." + k.name()));
        months.setLabel(getTranslation("target.phasing.months"));
        months.setHelperText(getTranslation("target.phasing.months.help"));
        phasing.addValueChangeListener(e -> months.setVisible(e.getValue() != null && e.getValue() != TargetPhasing.Kind.LINEAR));
        illustrative.setLabel(getTranslation("target.illustrative.field"));
        illustrative.setTooltipText(getTranslation("target.illustrative.help"));
        source.setLabel(getTranslation("target.source"));
        source.setMaxLength(TargetService.NOTE_MAX);
        bind();
        if (editing == null) {
            typed.year = LocalDate.now(clock).getYear();
            typed.ownerKind = OwnerKind.AREA;
            typed.phasing = TargetPhasing.Kind.LINEAR;
        } else {
            fill(editing, offices, areas);
        }
        binder.readBean(typed);

        var form = new FormLayout(year, ownerKind, area, office, measure, value, phasing, months, illustrative, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(ownerKind, 2);
        form.setColspan(area, 2);
        form.setColspan(office, 2);
        form.setColspan(months, 2);
        form.setColspan(illustrative, 2);
        form.setColspan(source, 2);
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-target");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (editing != null) {
            var delete = new Button(getTranslation("target.delete"));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClassName("delete-target");
            delete.addClickListener(e -> delete(delete));
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    /** Each field with its rule; the owner's is asked of the field of the chosen kind only. */
    private void bind() {
        binder.forField(year).withValidator(RuleValidator.of(TargetRules::year))
                .bind(t -> t.year, (t, v) -> t.year = v);
        binder.forField(ownerKind).bind(t -> t.ownerKind, (t, v) -> t.ownerKind = v);
        binder.forField(area).withValidator(RuleValidator.of(c -> ownerOf(OwnerKind.AREA, c == null ? null : TargetOwner.area(c.code()))))
                .bind(t -> t.area, (t, v) -> t.area = v);
        binder.forField(office)
                .withValidator(RuleValidator.of(o -> ownerOf(OwnerKind.OFFICE, o == null ? null : TargetOwner.office(o.id()))))
                .bind(t -> t.office, (t, v) -> t.office = v);
        binder.forField(measure).withValidator(RuleValidator.of(TargetRules::measure)).bind(t -> t.measure, (t, v) -> t.measure = v);
        binder.forField(value).withValidator(RuleValidator.of((String text) -> TargetRules.value(text)))
                .withConverter((String text) -> TargetRules.value(text), v -> v == null ? "" : Long.toString(v))
                .bind(t -> t.value, (t, v) -> t.value = v);
        binder.forField(phasing).bind(t -> t.phasing, (t, v) -> t.phasing = v);
        binder.forField(months).withValidator(RuleValidator.of(this::checkMonths)).bind(t -> t.months, (t, v) -> t.months = v);
        binder.forField(illustrative).bind(t -> t.illustrative, (t, v) -> t.illustrative = v);
        binder.forField(source).withValidator(RuleValidator.of(TargetRules::note)).bind(t -> t.source, (t, v) -> t.source = v);
    }

    private void ownerOf(OwnerKind kind, TargetOwner owner) {
        if (ownerKind.getValue() == kind) {
            TargetRules.owner(owner);
        }
    }

    /** The monthly figures; against the yearly value only when that value is a number (else its own field says so). */
    private void checkMonths(String text) {
        TargetPhasing p = TargetRules.phasing(phasing.getValue(), text);
        Long yearly;
        try {
            yearly = TargetRules.value(value.getValue());
        } catch (RuleViolation refusedValue) {
            return;
        }
        TargetRules.phasing(p, yearly);
    }

    private void fill(TargetView t, List<OfficeView> offices, AreaService areas) {
        typed.year = t.year();
        typed.ownerKind = t.owner().isArea() ? OwnerKind.AREA : OwnerKind.OFFICE;
        typed.area = t.owner().isArea() ? areas.choice(t.owner().areaCode()).orElse(null) : null;
        typed.office = offices.stream().filter(o -> o.id().equals(t.owner().officeId())).findFirst().orElse(null);
        typed.measure = t.measure();
        typed.value = t.value();
        typed.phasing = t.phasing().kind();
        typed.months = t.phasing().monthsText();
        typed.illustrative = t.illustrative();
        typed.source = t.sourceNote() == null ? "" : t.sourceNote();
    }

    private void save() {
        if (FormBinding.write(binder, typed).isEmpty()) {
            return;
        }
        TargetOwner owner = typed.ownerKind == OwnerKind.OFFICE ? TargetOwner.office(typed.office.id())
                : TargetOwner.area(typed.area.code());
        var draft = new TargetDraft(typed.year, owner, typed.measure, typed.value, TargetRules.phasing(typed.phasing, typed.months),
                typed.illustrative, typed.source);
        try {
            if (editing == null) {
                targets.create(draft);
            } else {
                targets.update(editing.id(), draft, editing.version());
            }
            close();
            saved.run();
        } catch (RuleViolation refused) {
            Refusal.show(refused);
        }
    }

    /** Deleting asks for a second click: a target is the yardstick of a whole year. */
    private void delete(Button button) {
        if (!deleteArmed) {
            deleteArmed = true;
            button.setText(getTranslation("target.delete.confirm"));
            return;
        }
        try {
            targets.delete(editing.id());
            close();
            saved.run();
        } catch (RuleViolation refused) {
            Refusal.show(refused);
        }
    }
}
