package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.ui.map.OutlineMapLayer;
import org.springframework.stereotype.Component;

/** The outlines drawn around work sites (a plantation's fields, a market's block). */
@Component
class SiteOutlineMapLayer extends OutlineMapLayer {

    SiteOutlineMapLayer(SiteService sites) {
        super("siteOutlines", 60, new Look("map.layer.site-outlines", "site-boundary", "#5b3cc4", 2.5, 2, "map.layer.site-outlines"),
                v -> sites.outlines(v.bounds()));
    }
}
