package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import org.springframework.stereotype.Component;

/**
 * Village outlines, only once zoomed in far enough that they can be told apart, and only those in the
 * viewport (a spatial-index query): never the whole country at once.
 */
@Component
class VillageBoundaryLayer {

    /** From this zoom on (about 40 m per pixel) village outlines are drawn. */
    static final int MIN_ZOOM = 12;
    /** A viewport at MIN_ZOOM holds a few hundred villages even in dense Java; this caps odd screens. */
    static final int MAX_FEATURES = 3000;

    private final BoundaryStore store;

    VillageBoundaryLayer(BoundaryStore store) {
        this.store = store;
    }

    String geoJson(AreaScope scope, BoundingBox view, int zoom) {
        if (zoom < MIN_ZOOM) {
            return MapGeoJson.collection(java.util.List.of());
        }
        double tolerance = MapGeoJson.pixel(zoom);
        return MapGeoJson.collection(store.villagesIn(scope, view, MAX_FEATURES).stream()
                .map(v -> MapGeoJson.feature(v.code(), v.name(), v.geometry(), tolerance)).toList());
    }
}
