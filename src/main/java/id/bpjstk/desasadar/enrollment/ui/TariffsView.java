package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.enrollment.Programme;
import id.bpjstk.desasadar.enrollment.TariffKind;
import id.bpjstk.desasadar.enrollment.TariffRow;
import id.bpjstk.desasadar.enrollment.TariffService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The administrator's tariff rows: bands, rates, JKM amount and discounts with their validity months.
 * Rows are added and ended, never edited, so the contribution of a past month stays explainable.
 */
@Route("admin/tarif")
@RolesAllowed("ADMIN")
class TariffsView extends VerticalLayout implements HasDynamicTitle {

    private final TariffService tariffs;
    private final Grid<TariffRow> grid = new Grid<>();

    TariffsView(TariffService tariffs) {
        this.tariffs = tariffs;
        addClassName("tariffs-view");
        setSizeFull();
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("tariff.kind")).setAutoWidth(true);
        grid.addColumn(this::value).setHeader(getTranslation("tariff.value")).setAutoWidth(true);
        grid.addColumn(r -> r.programmes().stream().sorted().map(Programme::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("tariff.programmes")).setAutoWidth(true);
        grid.addColumn(r -> r.validFrom().toString()).setHeader(getTranslation("tariff.valid-from")).setAutoWidth(true);
        grid.addColumn(r -> r.validTo() == null ? getTranslation("tariff.valid-to.open") : r.validTo().toString())
                .setHeader(getTranslation("tariff.valid-to")).setAutoWidth(true);
        grid.addColumn(TariffRow::note).setHeader(getTranslation("tariff.note")).setFlexGrow(2);
        grid.addItemClickListener(e -> end(e.getItem()));
        grid.setSizeFull();
        var add = new Button(getTranslation("tariff.add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("tariff.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tariffs.schedule().rows());
    }

    private String value(TariffRow row) {
        if (row.amount() != null) {
            return "Rp" + NumberFormat.getIntegerInstance(getLocale()).format(row.amount());
        }
        var percent = NumberFormat.getNumberInstance(getLocale());
        percent.setMinimumFractionDigits(TariffRow.PERCENT_DECIMALS);
        return percent.format(row.percent()) + " %";
    }

    private void add() {
        var dialog = new Dialog(getTranslation("tariff.add"));
        var kind = new ComboBox<TariffKind>(getTranslation("tariff.kind"), TariffKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequired(true);
        var value = new BigDecimalField(getTranslation("tariff.value"));
        value.setHelperText(getTranslation("tariff.value.help"));
        var programmes = new CheckboxGroup<Programme>(getTranslation("tariff.programmes"), Programme.values());
        programmes.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        programmes.setVisible(false);
        kind.addValueChangeListener(e -> programmes.setVisible(e.getValue() == TariffKind.DISCOUNT));
        var from = monthPicker("tariff.valid-from");
        from.setRequired(true);
        var to = monthPicker("tariff.valid-to");
        var note = new TextField(getTranslation("tariff.note"));
        note.setMaxLength(TariffRow.NOTE_MAX);
        note.setWidthFull();
        var form = new VerticalLayout(kind, value, programmes, from, to, note);
        form.setPadding(false);
        dialog.add(form);
        save(dialog, () -> tariffs.add(TariffRow.of(kind.getValue(), value.getValue(),
                kind.getValue() == TariffKind.DISCOUNT ? programmes.getValue() : Set.of(), month(from), month(to), note.getValue())));
        dialog.open();
    }

    private void end(TariffRow row) {
        var dialog = new Dialog(getTranslation("tariff.end"));
        var to = monthPicker("tariff.valid-to");
        to.setRequired(true);
        to.setValue(row.validTo() == null ? null : row.validTo().atEndOfMonth());
        dialog.add(new VerticalLayout(new Span(getTranslation(row.kind().messageKey()) + ": " + value(row)), to));
        save(dialog, () -> tariffs.end(row.id(), month(to)));
        dialog.open();
    }

    private DatePicker monthPicker(String labelKey) {
        var picker = new DatePicker(getTranslation(labelKey));
        picker.setHelperText(getTranslation("tariff.month.help"));
        picker.setLocale(getLocale());
        return picker;
    }

    private static YearMonth month(DatePicker picker) {
        LocalDate date = picker.getValue();
        return date == null ? null : YearMonth.from(date);
    }

    private void save(Dialog dialog, Supplier<TariffRow> action) {
        SaveFooter.add(dialog, () -> Optional.of(action.get()), saved -> refresh());
        dialog.setWidth("min(32rem, 95vw)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tariff.title");
    }
}
