package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.ui.Fact;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import jakarta.annotation.security.PermitAll;

/**
 * A worker by URL ({@code /peserta/12}): every fact, the status and since when, links to the village, event and
 * agent. A worker outside the reader's scope is "not found", exactly like an unknown id.
 */
@Route("peserta/:id")
@PermitAll
class WorkerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkerQueries workers;
    private final EventQueries events;
    private final AgentService agents;
    private final PartnerService partners;
    private final WorkerForms forms;
    private final ContributionService contributions;
    private final CurrentUser currentUser;
    private String title = "";

    WorkerDetailView(WorkerQueries workers, EventQueries events, AgentService agents, PartnerService partners, WorkerForms forms,
                     ContributionService contributions, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.workers = workers;
        this.contributions = contributions;
        this.events = events;
        this.agents = agents;
        this.partners = partners;
        this.forms = forms;
        addClassName("worker-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).flatMap(id -> workers.find(Long.parseLong(id)))
                .ifPresentOrElse(this::render, () -> {
                    removeAll();
                    title = getTranslation("worker.error.not-found");
                    add(new H2(title));
                });
    }

    private void render(WorkerView w) {
        removeAll();
        title = w.fullName();
        add(new H2(w.fullName()));
        var status = new Span(WorkerFormat.status(this, w));
        status.getElement().getThemeList().add("badge " + (w.active() ? "success" : "contrast"));
        status.addClassName("worker-status");
        add(status);
        Fact.add(this, "worker.nik", w.nik());
        Fact.add(this, "worker.sex", getTranslation(w.sex().messageKey()));
        // a partner gets the birth year only (PartnerMask): the service leaves the date out
        if (w.birthDate() != null) {
            Fact.add(this, "worker.birth-date", WorkerFormat.date(this, w.birthDate()));
        } else {
            Fact.add(this, "worker.birth-year", w.birthYear() == null ? null : String.valueOf(w.birthYear()));
        }
        Fact.add(this, "worker.phone", w.phone());
        Fact.add(this, "worker.occupation", getTranslation(w.occupation().messageKey()));
        link("site.village", "desa/" + w.villageCode(), WorkerFormat.village(w));
        Fact.add(this, "worker.village-role", w.villageRole() == null ? null : getTranslation(w.villageRole().messageKey()));
        Fact.add(this, "worker.programmes", getTranslation(w.jht() ? "worker.programmes.with-jht" : "worker.programmes.basic"));
        Fact.add(this, "worker.income-band", WorkerFormat.rupiah(this, w.incomeBand()));
        Fact.add(this, "worker.funding", getTranslation(w.funding().messageKey()));
        if (w.mouId() != null) {
            Fact.add(this, "worker.mou", partners.findMou(w.mouId()).map(MouView::number).orElse("#" + w.mouId()));
        }
        Fact.add(this, "worker.enrolled-on", WorkerFormat.date(this, w.enrolledOn()));
        if (w.eventId() != null) {
            link("worker.event", "kegiatan/" + w.eventId(), events.find(w.eventId()).map(e -> e.title()).orElse("#" + w.eventId()));
        }
        if (w.agentId() != null) {
            agents.find(w.agentId()).ifPresent(a -> link("worker.agent", "agen", a.name() + " (" + a.registrationNumber() + ")"));
        }
        Fact.add(this, "worker.kpj", w.kpj());
        Fact.add(this, "worker.paid-through", WorkerFormat.month(this, w.paidThrough()));
        if (w.editable()) {
            var edit = new Button(getTranslation("worker.edit"), VaadinIcon.EDIT.create(), e -> forms.edit(w, saved -> {
                render(saved);
                Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }).open());
            edit.addClassName("edit-worker");
            add(edit);
        }
        if (currentUser.hasRole(Role.ADMIN)) { // the audit trail is the administrator's (decision 018)
            var history = new Anchor("admin/audit?jenis=worker&rekaman=" + w.id(), getTranslation("audit.history.link"));
            history.addClassName("worker-history");
            add(history);
        }
        var paid = new ContributionsSection(contributions, w.id(), forms.clock);
        paid.addClassName("worker-contributions");
        add(paid);
    }

    /** A fact whose value is a link to its own page. */
    private void link(String labelKey, String href, String text) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        var value = new Anchor(href, text);
        value.addClassName("fact-value");
        var row = new Div(label, value);
        row.addClassName("fact");
        add(row);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
