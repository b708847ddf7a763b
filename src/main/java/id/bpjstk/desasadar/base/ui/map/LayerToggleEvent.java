package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user switched a layer on or off in the layer control. */
@DomEvent("map-layer-toggle")
public class LayerToggleEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final boolean visible;

    public LayerToggleEvent(LeafletMap source, boolean fromClient,
                            @EventData("event.detail.layer") String layerId,
                            @EventData("event.detail.visible") boolean visible) {
        super(source, fromClient);
        this.layerId = layerId;
        this.visible = visible;
    }

    public String getLayerId() {
        return layerId;
    }

    public boolean isVisible() {
        return visible;
    }
}
