package id.bpjstk.desasadar.base.ui.map;

import id.bpjstk.desasadar.base.geo.PointLayer;

/** What a layer loaded for a viewport: points (or clusters), or a GeoJSON FeatureCollection as text. */
public sealed interface MapLayerData {

    record Points(PointLayer layer) implements MapLayerData {
    }

    record GeoJson(String featureCollection) implements MapLayerData {
    }

    static MapLayerData points(PointLayer layer) {
        return new Points(layer);
    }

    static MapLayerData geoJson(String featureCollection) {
        return new GeoJson(featureCollection);
    }
}
