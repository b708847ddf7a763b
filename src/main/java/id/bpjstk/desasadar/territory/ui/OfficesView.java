package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.IndonesiaBounds;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/** The administrator's list of offices (kanwil, kantor cabang, perintis) and the areas each covers. */
@Route("admin/kantor")
@RolesAllowed("ADMIN")
class OfficesView extends VerticalLayout implements HasDynamicTitle {

    private final OfficeService offices;
    private final Grid<OfficeView> grid = new Grid<>();

    OfficesView(OfficeService offices) {
        this.offices = offices;
        addClassName("offices-view");
        setSizeFull();
        grid.addColumn(OfficeView::code).setHeader(getTranslation("office.code")).setAutoWidth(true);
        grid.addColumn(OfficeView::name).setHeader(getTranslation("office.name")).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("office.kind." + o.kind().name())).setHeader(getTranslation("office.kind")).setAutoWidth(true);
        grid.addColumn(o -> String.join(", ", o.areaCodes())).setHeader(getTranslation("office.areas")).setFlexGrow(2);
        grid.addColumn(o -> o.located() ? o.lat() + ", " + o.lng() : getTranslation("office.location.none"))
                .setHeader(getTranslation("office.location")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        var add = new Button(getTranslation("office.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("office.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(offices.list());
    }

    private void edit(OfficeView office) {
        var dialog = new Dialog(getTranslation(office == null ? "office.add" : "office.edit"));
        var code = new TextField(getTranslation("office.code"));
        code.setMaxLength(OfficeService.CODE_MAX);
        code.setRequired(true);
        var name = new TextField(getTranslation("office.name"));
        name.setMaxLength(OfficeService.NAME_MAX);
        name.setRequired(true);
        name.setWidthFull();
        var kind = new ComboBox<OfficeKind>(getTranslation("office.kind"), OfficeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("office.kind." + k.name()));
        kind.setRequired(true);
        var areas = new TextArea(getTranslation("office.areas"));
        areas.setHelperText(getTranslation("office.areas.help"));
        areas.setWidthFull();
        // the start of the officers' visits and the point the planner measures distances from (V030)
        var lat = new NumberField(getTranslation("office.lat"));
        lat.setMin(IndonesiaBounds.MIN_LAT);
        lat.setMax(IndonesiaBounds.MAX_LAT);
        lat.setStep(0.0001);
        lat.addClassName("office-lat");
        var lng = new NumberField(getTranslation("office.lng"));
        lng.setMin(IndonesiaBounds.MIN_LNG);
        lng.setMax(IndonesiaBounds.MAX_LNG);
        lng.setStep(0.0001);
        lng.addClassName("office-lng");
        var location = new HorizontalLayout(lat, lng);
        location.setWidthFull();
        lat.setHelperText(getTranslation("office.location.help"));
        if (office != null) {
            lat.setValue(office.lat());
            lng.setValue(office.lng());
            code.setValue(office.code());
            name.setValue(office.name());
            kind.setValue(office.kind());
            areas.setValue(String.join("\n", office.areaCodes()));
        }
        var form = new VerticalLayout(code, name, kind, areas, location);
        form.setPadding(false);
        dialog.add(form);
        SaveFooter.add(dialog, () -> {
            if (lat.isInvalid() || lng.isInvalid()) {
                // text that is no number reads as empty: refuse rather than clear the recorded location
                throw new RuleViolation("office.error.location-outside", IndonesiaBounds.MIN_LAT, IndonesiaBounds.MAX_LAT,
                        IndonesiaBounds.MIN_LNG, IndonesiaBounds.MAX_LNG);
            }
            return Optional.of(offices.save(office == null ? null : office.id(), code.getValue(), name.getValue(), kind.getValue(),
                    Arrays.asList(areas.getValue().split("[\\s,;]+")), lat.getValue(), lng.getValue(),
                    office == null ? OfficeView.NEW : office.version()));
        }, saved -> refresh());
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("office.title");
    }
}
