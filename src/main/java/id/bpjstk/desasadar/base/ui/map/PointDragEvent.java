package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A draggable point was dropped at a new position. */
@DomEvent("map-point-drag")
public class PointDragEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String pointId;
    private final double lat;
    private final double lng;

    public PointDragEvent(LeafletMap source, boolean fromClient,
                          @EventData("event.detail.layer") String layerId, @EventData("event.detail.id") String pointId,
                          @EventData("event.detail.lat") double lat, @EventData("event.detail.lng") double lng) {
        super(source, fromClient);
        this.layerId = layerId;
        this.pointId = pointId;
        this.lat = lat;
        this.lng = lng;
    }

    public String getLayerId() {
        return layerId;
    }

    public String getPointId() {
        return pointId;
    }

    public double getLat() {
        return lat;
    }

    public double getLng() {
        return lng;
    }
}
