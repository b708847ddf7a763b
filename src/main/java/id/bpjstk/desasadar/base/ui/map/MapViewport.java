package id.bpjstk.desasadar.base.ui.map;

import id.bpjstk.desasadar.base.geo.BoundingBox;

/** What the map shows now, and the value the user chose in the layer's {@link LayerFilter} (null without one). */
public record MapViewport(BoundingBox bounds, int zoom, String filter) {
}
