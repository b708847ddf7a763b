package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Regency outlines for the viewport, simplified for the zoom level ({@link MapGeoJson}): the 514
 * regencies are 3.8 MB as imported, about 0.25 MB nationally. All 514 stay in memory; simplified
 * shapes are cached per zoom level. See docs/benchmarks.md.
 */
@Component
class RegencyBoundaryLayer {

    private final BoundaryStore store;
    private volatile List<BoundaryStore.StoredBoundary> regencies;
    private final Map<String, String> simplified = new ConcurrentHashMap<>();

    RegencyBoundaryLayer(BoundaryStore store) {
        this.store = store;
    }

    void invalidate() {
        regencies = null;
        simplified.clear();
    }

    String geoJson(AreaScope scope, BoundingBox view, int zoom) {
        double tolerance = MapGeoJson.pixel(zoom);
        var features = new ArrayList<String>();
        for (var r : regencies()) {
            Envelope e = r.geometry().getEnvelopeInternal();
            if (visibleInScope(scope, r.code()) && view.intersects(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX())) {
                features.add(simplified.computeIfAbsent(r.code() + "@" + zoom,
                        k -> MapGeoJson.feature(r.code(), r.name(), r.geometry(), tolerance)));
            }
        }
        return MapGeoJson.collection(features);
    }

    /** A regency is drawn when it is in scope or contains a scope area (a district-level user sees its regency). */
    private static boolean visibleInScope(AreaScope scope, String regency) {
        return scope.includes(regency) || scope.codes().stream().anyMatch(c -> c.startsWith(regency + "."));
    }

    private List<BoundaryStore.StoredBoundary> regencies() {
        var r = regencies;
        if (r == null) {
            r = store.regencies();
            regencies = r;
        }
        return r;
    }
}
