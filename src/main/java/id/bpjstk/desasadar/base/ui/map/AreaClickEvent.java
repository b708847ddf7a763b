package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** An area (or its centroid circle) of an {@link MapLayerSpec.Kind#AREAS} layer was clicked: drill into it. */
@DomEvent("map-area-click")
public class AreaClickEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String code;

    public AreaClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.layer") String layerId,
                          @EventData("event.detail.code") String code) {
        super(source, fromClient);
        this.layerId = layerId;
        this.code = code;
    }

    public String getLayerId() {
        return layerId;
    }

    public String getCode() {
        return code;
    }
}
