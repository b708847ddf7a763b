package id.bpjstk.desasadar.enrollment.ui;

import id.bpjstk.desasadar.enrollment.TariffService;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.territory.AreaService;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the worker form from any page: the services its pickers ask, gathered once. */
@Component
class WorkerForms {

    final WorkerService workers;
    final AreaService areas;
    final TariffService tariffs;
    final PartnerService partners;
    final EventQueries events;
    final AgentService agents;
    final SiteQueries sites;

    final Clock clock;

    WorkerForms(WorkerService workers, AreaService areas, TariffService tariffs, PartnerService partners, EventQueries events,
                AgentService agents, SiteQueries sites, Clock clock) {
        this.clock = clock;
        this.workers = workers;
        this.areas = areas;
        this.tariffs = tariffs;
        this.partners = partners;
        this.events = events;
        this.agents = agents;
        this.sites = sites;
    }

    WorkerFormDialog enrol(Consumer<WorkerView> onSaved) {
        return new WorkerFormDialog(this, null, onSaved);
    }

    WorkerFormDialog edit(WorkerView worker, Consumer<WorkerView> onSaved) {
        return new WorkerFormDialog(this, worker, onSaved);
    }
}
