package id.bpjstk.desasadar.planning.ui;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.planning.PlanningService;
import id.bpjstk.desasadar.planning.StartPoint;
import id.bpjstk.desasadar.planning.calendar.DaySheetService;
import id.bpjstk.desasadar.planning.route.RouteService;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.MapSettings;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import java.time.Clock;
import java.util.List;

/**
 * The planner's second and third tabs — the plan editor and the saved plans — with what they need, so that the
 * priority tab's view stays about priorities. Coordinators and administrators get the editor; regional heads read
 * the saved plans only.
 */
@SpringComponent
@UIScope
class PlanBuilderParts {

    private final RouteService routes;
    private final PlanningService planning;
    private final EventQueries events;
    private final AreaService areas;
    private final UserService users;
    private final AgentService agents;
    private final OfficeService offices;
    private final CurrentUser currentUser;
    private final MapSettings settings;
    private final DaySheetService daySheets;

    private final Clock clock;

    PlanBuilderParts(RouteService routes, PlanningService planning, EventQueries events, AreaService areas, UserService users,
                     AgentService agents, OfficeService offices, CurrentUser currentUser, MapSettings settings, DaySheetService daySheets, Clock clock) {
        this.clock = clock;
        this.routes = routes;
        this.planning = planning;
        this.events = events;
        this.areas = areas;
        this.users = users;
        this.agents = agents;
        this.offices = offices;
        this.currentUser = currentUser;
        this.settings = settings;
        this.daySheets = daySheets;
    }

    void attachTo(PlanningView view) {
        var saved = new SavedPlans(planning, daySheets, clock);
        if (currentUser.editsFieldWork()) {
            UserPrincipal me = currentUser.get().orElseThrow();
            AreaScope scope = me.scope();
            String area = scope.codes().isEmpty() ? "" : scope.codes().getFirst();
            List<AgentView> agentChoices = area.length() >= 5 ? agents.near(area) : agents.list();
            var editor = new PlanEditor(routes, planning, events, areas, users.officersCovering(area), agentChoices, startPoints(scope),
                    me.username(), settings, clock, p -> saved.refresh());
            Tab editorTab = view.tabs().add(view.getTranslation("plan.tab.editor"), editor);
            editorTab.addClassName("plan-editor-tab");
            view.addAddToPlanListener(e -> {
                var v = e.getVillage();
                editor.add(v.code(), v.name(), v.lat(), v.lng());
                editorTab.setLabel(view.getTranslation("plan.tab.editor.count", editor.pickCount()));
            });
            saved.onOpen(p -> {
                editor.open(p);
                view.tabs().setSelectedTab(editorTab);
            });
        }
        view.tabs().add(view.getTranslation("plan.tab.saved"), saved).addClassName("plan-saved-tab");
    }

    /** The offices with a location that cover any of the user's areas (every located office for a national scope). */
    private List<StartPoint> startPoints(AreaScope scope) {
        return offices.list().stream().filter(OfficeView::located)
                .filter(o -> o.areaCodes().stream().anyMatch(code -> scope.includes(code) || scope.codes().stream().anyMatch(s -> code.startsWith(s) || s.startsWith(code))))
                .map(o -> new StartPoint(o.name(), o.lat(), o.lng())).toList();
    }
}
