package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.ui.map.OutlineMapLayer;
import org.springframework.stereotype.Component;

/** Regency outlines, simplified for the zoom. */
@Component
class RegencyOutlineMapLayer extends OutlineMapLayer {

    RegencyOutlineMapLayer(AreaService areas) {
        super("regencies", 40, new Look("map.layer.regencies", "regency-boundary", "#3b4a9f", 1.5, 2, "map.legend.regency"),
                v -> areas.regencyBoundaries(v.bounds(), v.zoom()));
    }
}
