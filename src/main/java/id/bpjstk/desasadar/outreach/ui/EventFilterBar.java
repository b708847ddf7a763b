package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventFilter;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventStatus;
import java.time.LocalDateTime;

/** The filters shared by the event list and the calendar: area, status, officer and agent. */
class EventFilterBar extends HorizontalLayout {

    private final TextField area = new TextField();
    private final ComboBox<EventStatus> status = new ComboBox<>();
    private final ComboBox<String> officer = new ComboBox<>();
    private final ComboBox<AgentView> agent = new ComboBox<>();

    EventFilterBar(EventQueries events, AgentService agents, AreaScope scope, Runnable onChange) {
        addClassName("event-filters");
        setWrap(true);
        area.setLabel(getTranslation("villages.filter.area"));
        // an example from the user's own area, so that a Banyuasin coordinator is not shown Surabaya's code
        area.setPlaceholder(scope.isNational() || scope.codes().isEmpty() ? "35.78" : scope.codes().getFirst());
        area.setAllowedCharPattern("[0-9.]");
        area.setClearButtonVisible(true);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel(getTranslation("villages.filter.status"));
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("event.status." + s.name()));
        officer.setLabel(getTranslation("event.officer"));
        officer.setItems(events.officers());
        agent.setLabel(getTranslation("agent.one"));
        agent.setItems(agents.list());
        agent.setItemLabelGenerator(a -> a.name() + " (" + a.registrationNumber() + ")");
        for (var box : new ComboBox<?>[] {status, officer, agent}) {
            box.setClearButtonVisible(true);
        }
        area.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        officer.addValueChangeListener(e -> onChange.run());
        agent.addValueChangeListener(e -> onChange.run());
        add(area, status, officer, agent);
    }

    EventFilter filter(LocalDateTime from, LocalDateTime to) {
        return new EventFilter(from, to, status.getValue(), area.getValue(), officer.getValue(),
                agent.getValue() == null ? null : agent.getValue().id());
    }
}
