package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import id.bpjstk.desasadar.base.geo.BoundingBox;

/** The map finished moving or zooming (and once when first shown): time to load what is in view. */
@DomEvent("map-viewport-change")
public class ViewportChangeEvent extends ComponentEvent<LeafletMap> {

    private final BoundingBox bounds;
    private final int zoom;

    public ViewportChangeEvent(LeafletMap source, boolean fromClient,
                               @EventData("event.detail.south") double south,
                               @EventData("event.detail.west") double west,
                               @EventData("event.detail.north") double north,
                               @EventData("event.detail.east") double east,
                               @EventData("event.detail.zoom") int zoom) {
        super(source, fromClient);
        this.bounds = new BoundingBox(south, west, north, east);
        this.zoom = zoom;
    }

    public BoundingBox getBounds() {
        return bounds;
    }

    public int getZoom() {
        return zoom;
    }
}
