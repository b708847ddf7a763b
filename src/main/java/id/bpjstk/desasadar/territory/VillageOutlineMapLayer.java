package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.ui.map.OutlineMapLayer;
import org.springframework.stereotype.Component;

/** Village outlines, from the zoom where they become readable. */
@Component
class VillageOutlineMapLayer extends OutlineMapLayer {

    VillageOutlineMapLayer(AreaService areas) {
        super("villageOutlines", 50, new Look("map.layer.village-outlines", "village-boundary", "#c0392b", 1, 1,
                "map.legend.village-outline"), v -> areas.villageBoundaries(v.bounds(), v.zoom()));
    }
}
