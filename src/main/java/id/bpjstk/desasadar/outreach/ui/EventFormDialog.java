package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.bpjstk.desasadar.base.ui.FormBinding;
import id.bpjstk.desasadar.base.ui.RuleValidator;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import id.bpjstk.desasadar.base.ui.SaveFooter;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventRules;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Plans a socialization in a village (or a follow-up of a held one). Each field is bound to {@link EventRules}' check
 * of it (decision 033), so a bad value is flagged as the user leaves the field. A refused save keeps what was typed.
 */
class EventFormDialog extends Dialog {

    /** What the fields hold, written by the binder once each passes its rule. */
    private static final class Typed {
        private String title;
        private EventType type;
        private LocalDateTime start;
        private LocalDateTime end;
        private UserPrincipal officer;
        private String audience;
        private Integer expected;
        private Set<AgentView> agents = Set.of();
    }

    private final Clock clock;

    EventFormDialog(Clock clock, EventService events, AgentService agentService, UserService users, String villageCode, Long followUpOf,
                    String currentUsername, Consumer<EventView> onSaved) {
        this.clock = clock;
        setHeaderTitle(getTranslation(followUpOf == null ? "event.plan" : "event.plan-follow-up"));
        addClassName("event-form");
        var title = new TextField(getTranslation("event.title"));
        title.setRequired(true);
        title.setMaxLength(EventService.TITLE_MAX);
        title.setWidthFull();
        var type = new ComboBox<EventType>(getTranslation("event.type"), EventType.values());
        type.setItemLabelGenerator(t -> getTranslation("event.type." + t.name()));
        type.setValue(EventType.SOSIALISASI_DESA);
        LocalDateTime nextMorning = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).plusHours(9);
        var start = new DateTimePicker(getTranslation("event.start"), nextMorning);
        var end = new DateTimePicker(getTranslation("event.end"), nextMorning.plusHours(2));
        start.addValueChangeListener(e -> {
            if (e.getValue() != null && (end.getValue() == null || !end.getValue().isAfter(e.getValue()))) {
                end.setValue(e.getValue().plusHours(2));
            }
        });
        var officer = new ComboBox<UserPrincipal>(getTranslation("event.officer"), users.officersCovering(villageCode));
        officer.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ")");
        officer.getListDataView().getItems().filter(u -> u.username().equals(currentUsername)).findFirst().ifPresent(officer::setValue);
        var audience = new TextField(getTranslation("event.audience"));
        audience.setMaxLength(EventService.AUDIENCE_MAX);
        audience.setPlaceholder(getTranslation("event.audience.placeholder"));
        var expected = new IntegerField(getTranslation("event.expected"));
        expected.setMin(0);
        expected.setMax(EventService.ATTENDANCE_MAX);
        var agents = new MultiSelectComboBox<AgentView>(getTranslation("event.agents"), agentService.near(villageCode));
        agents.setItemLabelGenerator(a -> a.name() + " (" + a.registrationNumber() + ")");
        Binder<Typed> binder = FormBinding.forBean();
        binder.forField(title).withValidator(RuleValidator.of(EventRules::title)).bind(t -> t.title, (t, v) -> t.title = v);
        binder.forField(type).withValidator(RuleValidator.of(EventRules::type)).bind(t -> t.type, (t, v) -> t.type = v);
        binder.forField(start).bind(t -> t.start, (t, v) -> t.start = v);
        binder.forField(end).withValidator(RuleValidator.of(to -> EventRules.when(start.getValue(), to)))
                .bind(t -> t.end, (t, v) -> t.end = v);
        // the officer and the agents are offered in scope; the service checks them again on save
        binder.forField(officer).bind(t -> t.officer, (t, v) -> t.officer = v);
        binder.forField(audience).withValidator(RuleValidator.of(EventRules::audience)).bind(t -> t.audience, (t, v) -> t.audience = v);
        binder.forField(expected).withValidator(RuleValidator.of(EventRules::expectedAttendance))
                .bind(t -> t.expected, (t, v) -> t.expected = v);
        binder.forField(agents).bind(t -> t.agents, (t, v) -> t.agents = v);
        var typed = new Typed();
        var form = new VerticalLayout(title, type, start, end, officer, agents, audience, expected);
        form.setPadding(false);
        // a phone in the field: every input as wide as the dialog
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        add(form);

        SaveFooter.add(this, () -> FormBinding.write(binder, typed).map(t -> {
            EventDraft draft = new EventDraft(t.title, t.type, t.start, t.end, villageCode, null,
                    t.officer == null ? null : t.officer.username(), t.audience, t.expected,
                    t.agents == null ? Set.of() : t.agents.stream().map(AgentView::id).collect(Collectors.toSet()));
            return followUpOf == null ? events.plan(draft) : events.planFollowUp(followUpOf, draft);
        }), onSaved).addClassName("save-event");
        setWidth("min(30rem, 95vw)");
    }
}
