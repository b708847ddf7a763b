package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.SponsorKind;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;

/** Registers a Perisai agent in the user's scope. A refused save keeps what was typed. */
class AgentFormDialog extends Dialog {

    private final Clock clock;

    AgentFormDialog(Clock clock, AgentService agents, AreaService areas, Consumer<AgentView> onSaved) {
        this.clock = clock;
        setHeaderTitle(getTranslation("agent.register"));
        addClassName("agent-form");
        var number = new TextField(getTranslation("agent.registration"));
        number.setMaxLength(AgentService.REGISTRATION_MAX);
        number.setRequired(true);
        var name = new TextField(getTranslation("agent.name"));
        name.setMaxLength(AgentService.NAME_MAX);
        name.setRequired(true);
        var phone = new TextField(getTranslation("agent.phone"));
        phone.setPlaceholder("08…");
        var home = new AreaPicker(getTranslation("agent.home-area"), areas,
                EnumSet.of(AreaLevel.REGENCY, AreaLevel.DISTRICT, AreaLevel.VILLAGE));
        home.setRequired(true);
        var sponsor = new TextField(getTranslation("agent.sponsor"));
        sponsor.setMaxLength(AgentService.SPONSOR_MAX);
        sponsor.setRequired(true);
        var sponsorKind = new ComboBox<SponsorKind>(getTranslation("agent.sponsor-kind"), SponsorKind.values());
        sponsorKind.setItemLabelGenerator(k -> getTranslation("agent.sponsor-kind." + k.name()));
        var start = new DatePicker(getTranslation("agent.start"), LocalDate.now(clock));
        var form = new VerticalLayout(number, name, phone, home, sponsor, sponsorKind, start);
        form.setPadding(false);
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        add(form);

        var save = new Button(getTranslation("action.save"), e -> {
            try {
                AgentView saved = agents.register(number.getValue(), name.getValue(), phone.getValue(), home.getCode(),
                        sponsor.getValue(), sponsorKind.getValue(), start.getValue());
                close();
                onSaved.accept(saved);
            } catch (RuleViolation ex) {
                Refusal.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-agent");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
