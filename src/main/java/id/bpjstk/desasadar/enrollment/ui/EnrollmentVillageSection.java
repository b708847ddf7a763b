package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.bpjstk.desasadar.enrollment.VillageEnrollment;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.territory.ui.VillageSection;

/** The village page's and map panel's enrollment figures, with a link to the village's workers. */
@org.springframework.stereotype.Component
class EnrollmentVillageSection implements VillageSection {

    private final WorkerQueries workers;

    EnrollmentVillageSection(WorkerQueries workers) {
        this.workers = workers;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(String villageCode) {
        var box = new Div();
        box.addClassName("detail-section");
        box.addClassName("village-workers");
        VillageEnrollment figures = workers.villageFigures(villageCode);
        var text = new Span(box.getTranslation("worker.village.figures", figures.enrolled(), figures.active()));
        text.addClassName("village-worker-figures");
        var link = new Anchor("peserta?wilayah=" + villageCode, box.getTranslation("worker.village.list"));
        link.addClassName("village-workers-link");
        box.add(new H3(box.getTranslation("worker.list.title")), new Div(text), new Div(link));
        return box;
    }
}
