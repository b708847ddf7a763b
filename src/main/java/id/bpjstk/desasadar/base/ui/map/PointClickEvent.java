package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A single point (not a cluster) was clicked or tapped. */
@DomEvent("map-point-click")
public class PointClickEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String pointId;

    public PointClickEvent(LeafletMap source, boolean fromClient,
                           @EventData("event.detail.layer") String layerId,
                           @EventData("event.detail.id") String pointId) {
        super(source, fromClient);
        this.layerId = layerId;
        this.pointId = pointId;
    }

    public String getLayerId() {
        return layerId;
    }

    public String getPointId() {
        return pointId;
    }
}
