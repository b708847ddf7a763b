package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.outreach.AgentRules;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.SponsorKind;
import id.bpjstk.desasadar.territory.AreaChoice;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * Registers a Perisai agent in the user's scope. Each field is bound to {@link AgentRules}' check of it (decision 033),
 * so a bad value is flagged as the user leaves the field. A refused save keeps what was typed.
 */
class AgentFormDialog extends Dialog {

    /** What the fields hold, written by the binder once each passes its rule. */
    private static final class Typed {
        private String number;
        private String name;
        private String phone;
        private AreaChoice home;
        private String sponsor;
        private SponsorKind sponsorKind;
        private LocalDate start;
    }

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
        Binder<Typed> binder = FormBinding.forBean();
        binder.forField(number).withValidator(RuleValidator.of(AgentRules::registration)).bind(t -> t.number, (t, v) -> t.number = v);
        binder.forField(name).withValidator(RuleValidator.of(AgentRules::name)).bind(t -> t.name, (t, v) -> t.name = v);
        binder.forField(phone).withValidator(RuleValidator.of(AgentRules::phone)).bind(t -> t.phone, (t, v) -> t.phone = v);
        // whether the area is the caller's is the service's, on save (the picker offers the caller's areas)
        binder.forField(home).bind(t -> t.home, (t, v) -> t.home = v);
        binder.forField(sponsor).withValidator(RuleValidator.of(AgentRules::sponsorName)).bind(t -> t.sponsor, (t, v) -> t.sponsor = v);
        binder.forField(sponsorKind).withValidator(RuleValidator.of(AgentRules::sponsorKind))
                .bind(t -> t.sponsorKind, (t, v) -> t.sponsorKind = v);
        binder.forField(start).withValidator(RuleValidator.of(d -> AgentRules.start(d, LocalDate.now(clock))))
                .bind(t -> t.start, (t, v) -> t.start = v);
        var typed = new Typed();
        var form = new VerticalLayout(number, name, phone, home, sponsor, sponsorKind, start);
        form.setPadding(false);
        form.getChildren().forEach(c -> ((HasSize) c).setWidthFull());
        add(form);

        SaveFooter.add(this, () -> FormBinding.write(binder, typed).map(t -> agents.register(t.number, t.name, t.phone,
                t.home == null ? null : t.home.code(), t.sponsor, t.sponsorKind, t.start)), onSaved).addClassName("save-agent");
    }
}
