package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.cache.BoundedMap;
import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import java.util.ArrayList;
import java.util.List;
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
    static final int MIN_ZOOM = MapGeoJson.MIN_ZOOM;
    static final int MAX_ZOOM = MapGeoJson.MAX_ZOOM;
    /** 514 regencies × 20 zoom levels, and some room for new regencies. */
    static final int CACHE_LIMIT = 12_000;

    private final LocalCache<Outlines> outlines;

    RegencyBoundaryLayer(BoundaryStore store, LocalCaches caches) {
        this.outlines = caches.create("regency outlines", () -> new Outlines(store.regencies(), new BoundedMap<>(CACHE_LIMIT)));
    }

    /** Boundaries are being changed in the caller's transaction: reloaded here and on every node. */
    void changed() {
        outlines.changed();
    }

    String geoJson(AreaScope scope, BoundingBox view, int requestedZoom) {
        int zoom = MapGeoJson.clampZoom(requestedZoom);
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

    /** How many simplified outlines are kept (for tests of the cache's bound). */
    int cachedOutlines() {
        return outlines.get().simplified().size();
    }

    /** A regency is drawn when it is in scope or contains a scope area (a district-level user sees its regency). */
    private static boolean visibleInScope(AreaScope scope, String regency) {
        return scope.includes(regency) || scope.codes().stream().anyMatch(c -> c.startsWith(regency + "."));
    }

    /** The outlines as stored, and their simplified GeoJSON per regency and zoom (514 × 20 entries at most, and never more than {@link #CACHE_LIMIT}). */
    private record Outlines(List<BoundaryStore.StoredBoundary> regencies, BoundedMap<String, String> simplified) {
    }
}
