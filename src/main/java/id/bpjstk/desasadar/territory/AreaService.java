package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.CurrentUser;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory API: areas, the village map layer and the regency outlines, always cut to the
 * caller's scope. A village outside the scope answers exactly like one that does not exist.
 */
@Service
public class AreaService {

    private final AreaRepository areas;
    private final VillagePointIndex villagePoints;
    private final RegencyBoundaryLayer regencyBoundaries;
    private final VillageBoundaryLayer villageBoundaries;
    private final BoundaryStore boundaryStore;
    private final CurrentUser currentUser;

    AreaService(AreaRepository areas, VillagePointIndex villagePoints, RegencyBoundaryLayer regencyBoundaries,
                VillageBoundaryLayer villageBoundaries, BoundaryStore boundaryStore, CurrentUser currentUser) {
        this.areas = areas;
        this.villagePoints = villagePoints;
        this.regencyBoundaries = regencyBoundaries;
        this.villageBoundaries = villageBoundaries;
        this.boundaryStore = boundaryStore;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<VillageDetails> findVillage(String code) {
        if (code == null || !currentUser.scope().includes(code)) {
            return Optional.empty();
        }
        return areas.findById(code)
                .filter(a -> a.getLevel() == AreaLevel.VILLAGE)
                .map(v -> {
                    Area district = areas.getReferenceById(v.getParentCode());
                    Area regency = areas.getReferenceById(district.getParentCode());
                    Area province = areas.getReferenceById(regency.getParentCode());
                    return new VillageDetails(v.getCode(), v.getName(), v.getKind(), district.getName(),
                            regency.getName(), province.getName(), v.getLat(), v.getLng());
                });
    }

    /** Villages in view: clusters when many, single points when few. */
    public PointLayer villageLayer(BoundingBox view, int zoom) {
        return villagePoints.layer(currentUser.scope(), view, zoom);
    }

    /** Regency outlines in view as a GeoJSON FeatureCollection, simplified for the zoom level. */
    public String regencyBoundaries(BoundingBox view, int zoom) {
        return regencyBoundaries.geoJson(currentUser.scope(), view, zoom);
    }

    /**
     * Village outlines in view as a GeoJSON FeatureCollection, from zoom {@value VillageBoundaryLayer#MIN_ZOOM}
     * on (an empty collection below it).
     */
    public String villageBoundaries(BoundingBox view, int zoom) {
        return villageBoundaries.geoJson(currentUser.scope(), view, zoom);
    }

    /** The map's style class for a village of this status (its legend uses the same). */
    public static String villageStyleClass(DesignationStatus status) {
        return VillagePointIndex.styleClass(status);
    }

    /**
     * The village a point lies in: inside a village boundary when boundaries are loaded, else the
     * nearest village centroid within {@value VillagePointIndex#NEAREST_MAX_KM} km; empty when neither
     * (the user is then asked). Not cut to the scope: callers check the scope of what they store.
     */
    @Transactional(readOnly = true)
    public Optional<String> villageAt(double lat, double lng) {
        Optional<String> inside = boundaryStore.villageContaining(lat, lng);
        return inside.isPresent() ? inside : Optional.ofNullable(villagePoints.nearest(lat, lng));
    }

    /** Where the caller's villages lie, to open the map on them; empty when none has coordinates. */
    public Optional<BoundingBox> scopeExtent() {
        return Optional.ofNullable(villagePoints.extent(currentUser.scope()));
    }

    @Transactional(readOnly = true)
    public Map<AreaLevel, Long> countsByLevel() {
        var counts = new EnumMap<AreaLevel, Long>(AreaLevel.class);
        for (AreaLevel level : AreaLevel.values()) {
            counts.put(level, areas.countByLevel(level));
        }
        return counts;
    }
}
