package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.territory.ui.VillageSection;
import java.time.Clock;

/** The village page's socialization section: last held, next planned, the list, and "plan one". */
@org.springframework.stereotype.Component
class EventsVillageSection implements VillageSection {

    /** The events listed on the page; the events view lists them all, page by page. */
    private static final int LATEST = 10;

    private final EventService events;
    private final EventQueries eventQueries;
    private final UserService users;
    private final AgentService agentService;
    private final CurrentUser currentUser;

    private final Clock clock;

    EventsVillageSection(EventService events, EventQueries eventQueries, UserService users, AgentService agentService, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.eventQueries = eventQueries;
        this.agentService = agentService;
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(String villageCode) {
        var box = new Div();
        box.addClassName("detail-section");
        box.addClassName("village-events");
        EventQueries.VillageEvents shown = eventQueries.ofVillagePage(villageCode, LATEST);
        box.add(new H3(box.getTranslation("event.section")));
        box.add(new Div(new Span(box.getTranslation("event.last-held", shown.lastHeld().map(e -> EventFormat.when(box, e)).orElse("—")))));
        box.add(new Div(new Span(box.getTranslation("event.next-planned", shown.nextPlanned().map(e -> EventFormat.when(box, e)).orElse("—")))));
        for (EventView e : shown.latest()) {
            var link = new Anchor("kegiatan/" + e.id(), EventFormat.when(box, e) + " · " + e.title() + " · "
                    + box.getTranslation("event.status." + e.status().name()));
            link.addClassName("event-link");
            box.add(new Div(link));
        }
        if (currentUser.editsFieldWork()) {
            String me = currentUser.get().map(p -> p.username()).orElse("");
            var plan = new Button(box.getTranslation("event.plan"), click -> new EventFormDialog(clock, events, agentService, users, villageCode, null, me,
                    saved -> UI.getCurrent().navigate("kegiatan/" + saved.id())).open());
            plan.addClassName("plan-event");
            box.add(plan);
        }
        return box;
    }
}
