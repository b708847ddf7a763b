package id.bpjstk.desasadar.territory;

import org.springframework.stereotype.Component;

/**
 * Everything a node keeps in memory from the areas' coordinates and boundaries: the village points, the regency
 * outlines of the map and the outlines of the coverage map. A writer of coordinates or boundaries calls
 * {@link #changed()} in its transaction, so that no cache is forgotten, on this node or another (decision 022).
 */
@Component
class MapCaches {

    private final VillagePointIndex villagePoints;
    private final RegencyBoundaryLayer regencyLayer;
    private final AreaOverviewService overview;

    MapCaches(VillagePointIndex villagePoints, RegencyBoundaryLayer regencyLayer, AreaOverviewService overview) {
        this.villagePoints = villagePoints;
        this.regencyLayer = regencyLayer;
        this.overview = overview;
    }

    void changed() {
        villagePoints.changed();
        regencyLayer.changed();
        overview.outlinesChanged();
    }
}
