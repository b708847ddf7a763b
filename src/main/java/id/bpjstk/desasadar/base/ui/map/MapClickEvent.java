package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The map was clicked while picking a point ({@link LeafletMap#setPickingPoint}). */
@DomEvent("map-click")
public class MapClickEvent extends ComponentEvent<LeafletMap> {

    private final double lat;
    private final double lng;

    public MapClickEvent(LeafletMap source, boolean fromClient,
                         @EventData("event.detail.lat") double lat, @EventData("event.detail.lng") double lng) {
        super(source, fromClient);
        this.lat = lat;
        this.lng = lng;
    }

    public double getLat() {
        return lat;
    }

    public double getLng() {
        return lng;
    }
}
