package id.bpjstk.desasadar.base.ui.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user finished drawing a polygon ({@link LeafletMap#setDrawingPolygon}): a closed ring of [lat, lng]. The ring
 * comes from the browser, so it is read as a stream and no further than {@link #MAX_VERTICES} positions: a crafted
 * event with millions of them costs the server no more than a legitimate one (issue 13, item 2).
 */
@DomEvent("map-polygon-drawn")
public class PolygonDrawnEvent extends ComponentEvent<LeafletMap> {

    /** The most positions of a drawn ring: a hand-drawn outline of a market or a plantation has a few dozen. */
    public static final int MAX_VERTICES = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<double[]> ring = new ArrayList<>();
    private boolean overLimit;

    public PolygonDrawnEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.ring") String ring) {
        super(source, fromClient);
        try (JsonParser parser = JSON.createParser(ring)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                if (this.ring.size() == MAX_VERTICES) {
                    overLimit = true;
                    this.ring.clear();
                    return;
                }
                parser.nextToken();
                double lat = parser.getDoubleValue();
                parser.nextToken();
                double lng = parser.getDoubleValue();
                parser.skipChildren(); // past anything after [lat, lng], to its closing bracket
                while (parser.currentToken() != JsonToken.END_ARRAY) {
                    parser.nextToken();
                }
                this.ring.add(new double[] {lat, lng});
            }
        }
    }

    public List<double[]> getRing() {
        return List.copyOf(ring);
    }

    /** More than {@link #MAX_VERTICES} positions were sent: the ring was not read, and is empty. */
    public boolean isOverLimit() {
        return overLimit;
    }
}
