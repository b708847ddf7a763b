package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.ui.Refusal;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.base.ui.Fact;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * An event by URL ({@code /kegiatan/12}). For a planned event the officer logs it here, on a phone in
 * the field: attendance, notes, outcome, one button. Cancelling asks for the reason.
 */
@Route("kegiatan/:id")
@PermitAll
class EventDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final EventQueries eventQueries;
    private final UserService users;
    private final AgentService agentService;
    private final CurrentUser currentUser;
    private final List<EventSection> sections;
    private String title = "";

    private final Clock clock;

    EventDetailView(EventService events, EventQueries eventQueries, UserService users, AgentService agentService, CurrentUser currentUser,
                    List<EventSection> sections, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.eventQueries = eventQueries;
        this.sections = sections.stream().sorted(Comparator.comparingInt(EventSection::order)).toList();
        this.agentService = agentService;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("event-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).flatMap(id -> eventQueries.find(Long.parseLong(id)))
                .ifPresentOrElse(this::render, () -> {
                    removeAll();
                    title = getTranslation("event.error.not-found");
                    add(new H2(title));
                });
    }

    private void render(EventView e) {
        removeAll();
        title = e.title();
        add(new H2(e.title()));
        var status = new Span(getTranslation("event.status." + e.status().name()));
        status.getElement().getThemeList().add("badge " + (e.status() == EventStatus.HELD ? "success" : e.status() == EventStatus.CANCELLED ? "error" : ""));
        status.addClassName("event-status");
        add(status);
        fact("event.type", getTranslation("event.type." + e.type().name()));
        fact("event.start", EventFormat.when(this, e));
        var village = new Anchor("desa/" + e.villageCode(), e.villageName() + " (" + e.villageCode() + ")");
        add(new Div(new Span(getTranslation("site.village") + ": "), village));
        fact("event.officer", e.officer());
        fact("event.audience", e.audience());
        fact("event.expected", e.expectedAttendance() == null ? null : e.expectedAttendance().toString());
        fact("event.actual", e.actualAttendance() == null ? null : e.actualAttendance().toString());
        fact("event.notes", e.notes());
        fact("event.outcome", e.outcome());
        fact("event.cancel-reason", e.cancelReason());
        if (e.followUpOf() != null) {
            add(new Div(new Anchor("kegiatan/" + e.followUpOf(), getTranslation("event.follow-up-of"))));
        }
        sections.forEach(s -> add(s.create(e.id())));
        if (e.editable()) {
            add(logForm(e));
            var cancel = new Button(getTranslation("event.cancel"), click -> cancelDialog(e));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(cancel);
        }
        if (e.status() == EventStatus.HELD && currentUser.editsFieldWork()) {
            String me = currentUser.get().map(p -> p.username()).orElse("");
            add(new Button(getTranslation("event.plan-follow-up"), click -> new EventFormDialog(clock, events, agentService, users, e.villageCode(), e.id(), me,
                    saved -> getUI().ifPresent(ui -> ui.navigate("kegiatan/" + saved.id()))).open()));
        }
    }

    /** The field form: large inputs, one primary button, usable at 360 px. */
    private Div logForm(EventView e) {
        var box = new Div(new H3(getTranslation("event.log")));
        box.addClassName("event-log-form");
        var attendance = new IntegerField(getTranslation("event.actual"));
        attendance.setMin(0);
        attendance.setMax(EventService.ATTENDANCE_MAX);
        attendance.setRequired(true);
        attendance.setWidthFull();
        var notes = new TextArea(getTranslation("event.notes"));
        notes.setMaxLength(EventService.NOTES_MAX);
        notes.setWidthFull();
        var outcome = new TextField(getTranslation("event.outcome"));
        outcome.setMaxLength(EventService.OUTCOME_MAX);
        outcome.setWidthFull();
        var save = new Button(getTranslation("event.log.save"), click ->
                attempt(() -> events.markHeld(e.id(), attendance.getValue(), notes.getValue(), outcome.getValue(), e.version())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        save.addClassName("log-held");
        box.add(attendance, notes, outcome, save);
        return box;
    }

    private void cancelDialog(EventView e) {
        var dialog = new Dialog(getTranslation("event.cancel"));
        var reason = new TextArea(getTranslation("event.cancel-reason"));
        reason.setMaxLength(EventService.REASON_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        var confirm = new Button(getTranslation("action.confirm"), click -> {
            if (attempt(() -> events.cancel(e.id(), reason.getValue(), e.version()))) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean attempt(Supplier<EventView> action) {
        try {
            render(action.get());
            Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (RuleViolation ex) {
            Refusal.show(ex);
            return false;
        }
    }

    private void fact(String labelKey, String value) {
        Fact.add(this, labelKey, value);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
