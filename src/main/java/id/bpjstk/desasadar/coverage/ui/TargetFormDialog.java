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
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.coverage.TargetDraft;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetOwner;
import id.bpjstk.desasadar.coverage.TargetPhasing;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.coverage.TargetView;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds or edits one target. Every rule is the service's: the form only turns text into a draft and shows the
 * service's refusal, so the form and the CSV import can never disagree.
 */
class TargetFormDialog extends Dialog {

    enum OwnerKind { AREA, OFFICE }

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([. ]\\d{3})+");

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
    private boolean deleteArmed;

    /** @param editing the target to edit, or null for a new one */
    private final Clock clock;

    TargetFormDialog(Clock clock, TargetService targets, AreaService areas, List<OfficeView> offices, TargetView editing, Runnable saved) {
        this.clock = clock;
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

        if (editing == null) {
            year.setValue(LocalDate.now(clock).getYear());
            ownerKind.setValue(OwnerKind.AREA);
            phasing.setValue(TargetPhasing.Kind.LINEAR);
        } else {
            year.setValue(editing.year());
            ownerKind.setValue(editing.owner().isArea() ? OwnerKind.AREA : OwnerKind.OFFICE);
            if (editing.owner().isArea()) {
                area.setCode(editing.owner().areaCode());
            } else {
                offices.stream().filter(o -> o.id().equals(editing.owner().officeId())).findFirst().ifPresent(office::setValue);
            }
            measure.setValue(editing.measure());
            value.setValue(Long.toString(editing.value()));
            phasing.setValue(editing.phasing().kind());
            months.setValue(editing.phasing().monthsText());
            illustrative.setValue(editing.illustrative());
            source.setValue(editing.sourceNote() == null ? "" : editing.sourceNote());
        }

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

    private void save() {
        try {
            TargetDraft draft = draft();
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

    private TargetDraft draft() {
        if (year.getValue() == null) {
            throw new RuleViolation("target.error.year", TargetService.YEAR_MIN, TargetService.YEAR_MAX);
        }
        TargetOwner owner = null;
        if (ownerKind.getValue() == OwnerKind.AREA && area.getCode() != null) {
            owner = TargetOwner.area(area.getCode());
        } else if (ownerKind.getValue() == OwnerKind.OFFICE && office.getValue() != null) {
            owner = TargetOwner.office(office.getValue().id());
        }
        return new TargetDraft(year.getValue(), owner, measure.getValue(), number(value.getValue()), phasingValue(),
                illustrative.getValue(), source.getValue());
    }

    /** A whole number as people type it ({@code 6.200.000.000.000}); null when empty. */
    private static Long number(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(".", "").replace(" ", "");
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new RuleViolation("target.csv.value", text);
        }
    }

    private TargetPhasing phasingValue() {
        TargetPhasing.Kind kind = phasing.getValue() == null ? TargetPhasing.Kind.LINEAR : phasing.getValue();
        if (kind == TargetPhasing.Kind.LINEAR) {
            return TargetPhasing.LINEAR;
        }
        var values = new ArrayList<BigDecimal>();
        for (String part : months.getValue().split("\\|", -1)) {
            try {
                values.add(new BigDecimal(part.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new RuleViolation("target.csv.months", months.getValue());
            }
        }
        return new TargetPhasing(kind, values);
    }
}
