package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
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

    /** The map's zoom range: a client that asks for another zoom gets the nearest, so the cache stays bounded. */
    static final int MIN_ZOOM = 0;
    static final int MAX_ZOOM = 19;

    private final LocalCache<Outlines> outlines;

    RegencyBoundaryLayer(BoundaryStore store, LocalCaches caches) {
        this.outlines = caches.create("regency outlines", () -> new Outlines(store.regencies(), new ConcurrentHashMap<>()));
    }

    void invalidate() {
        outlines.invalidate();
    }

    String geoJson(AreaScope scope, BoundingBox view, int requestedZoom) {
        int zoom = Math.clamp(requestedZoom, MIN_ZOOM, MAX_ZOOM);
        double tolerance = MapGeoJson.pixel(zoom);
        Outlines o = outlines.get();
        var features = new ArrayList<String>();
        for (var r : o.regencies()) {
            Envelope e = r.geometry().getEnvelopeInternal();
            if (visibleInScope(scope, r.code()) && view.intersects(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX())) {
                features.add(o.simplified().computeIfAbsent(r.code() + "@" + zoom,
                        k -> MapGeoJson.feature(r.code(), r.name(), r.geometry(), tolerance)));
            }
        }
        return MapGeoJson.collection(features);
    }

    /** A regency is drawn when it is in scope or contains a scope area (a district-level user sees its regency). */
    private static boolean visibleInScope(AreaScope scope, String regency) {
        return scope.includes(regency) || scope.codes().stream().anyMatch(c -> c.startsWith(regency + "."));
    }

    /** The outlines as stored, and their simplified GeoJSON per regency and zoom (at most 514 × 20 entries). */
    private record Outlines(List<BoundaryStore.StoredBoundary> regencies, Map<String, String> simplified) {
    }
}
