package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.bpjstk.desasadar.enrollment.WorkerFilter;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.ui.EventSection;
import java.util.List;

/**
 * The event page's list of the workers enrolled through the event: the first {@value #SHOWN}, and a link to all of
 * them in the worker grid. One page more than shown is read, to tell "20" from "more than 20" without a count.
 */
@org.springframework.stereotype.Component
class EventWorkersSection implements EventSection {

    static final int SHOWN = 20;

    private final WorkerQueries workers;

    EventWorkersSection(WorkerQueries workers) {
        this.workers = workers;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(long eventId) {
        var box = new Div();
        box.addClassName("detail-section");
        box.addClassName("event-workers");
        List<WorkerView> first = workers.list(WorkerFilter.ofEvent(eventId), 0, SHOWN + 1);
        box.add(new H3(box.getTranslation("worker.event.section")));
        var count = new Span(first.size() > SHOWN ? box.getTranslation("worker.event.more-than", SHOWN)
                : box.getTranslation("worker.event.count", first.size()));
        count.addClassName("event-worker-count");
        box.add(new Div(count));
        for (WorkerView w : first.subList(0, Math.min(SHOWN, first.size()))) {
            var link = new Anchor("peserta/" + w.id(), w.fullName() + " · " + w.villageName());
            link.addClassName("event-worker");
            box.add(new Div(link));
        }
        if (!first.isEmpty()) {
            var all = new Anchor("peserta?kegiatan=" + eventId, box.getTranslation("worker.event.all"));
            all.addClassName("event-workers-link");
            box.add(new Div(all));
        }
        return box;
    }
}
