package id.bpjstk.desasadar.planning.ui;

import com.vaadin.flow.component.ComponentEvent;
import id.bpjstk.desasadar.planning.VillagePriority;

/**
 * The user asked to add a village to the visit plan — from its row's "Tambah ke rencana" button or by clicking it on
 * the map. The plan builder (issue 11, items 3–6) listens through {@link PlanningView#addAddToPlanListener}.
 */
class AddToPlanEvent extends ComponentEvent<PlanningView> {

    private final VillagePriority village;

    AddToPlanEvent(PlanningView source, boolean fromClient, VillagePriority village) {
        super(source, fromClient);
        this.village = village;
    }

    public VillagePriority getVillage() {
        return village;
    }
}
