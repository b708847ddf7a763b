package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The user finished drawing a polygon ({@link LeafletMap#setDrawingPolygon}): a closed ring of [lat, lng]. */
@DomEvent("map-polygon-drawn")
public class PolygonDrawnEvent extends ComponentEvent<LeafletMap> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<double[]> ring = new ArrayList<>();

    public PolygonDrawnEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.ring") String ring) {
        super(source, fromClient);
        for (JsonNode p : JSON.readTree(ring)) {
            this.ring.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
        }
    }

    public List<double[]> getRing() {
        return List.copyOf(ring);
    }
}
