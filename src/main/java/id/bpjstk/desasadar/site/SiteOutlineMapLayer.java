package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import id.bpjstk.desasadar.base.ui.map.OutlineMapLayer;
import java.util.ArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The outlines drawn around work sites (a plantation's fields, a market's block), read in the caller's scope. */
@Component
class SiteOutlineMapLayer extends OutlineMapLayer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    SiteOutlineMapLayer(CurrentUser currentUser, JdbcTemplate jdbc) {
        // the super constructor may not reach this object's fields: the function is given the services themselves
        super("siteOutlines", 60, new Look("map.layer.site-outlines", "site-boundary", "#5b3cc4", 2.5, 2, "map.layer.site-outlines"),
                v -> outlines(currentUser, jdbc, v.bounds()));
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public MapLayerData load(MapViewport viewport) {
        return super.load(viewport);
    }

    /** Outlines of the sites in view and in scope, as a GeoJSON FeatureCollection. */
    @Transactional(readOnly = true)
    public String outlines(BoundingBox view) {
        return outlines(currentUser, jdbc, view);
    }

    private static String outlines(CurrentUser currentUser, JdbcTemplate jdbc, BoundingBox view) {
        AreaScope scope = currentUser.scope();
        var features = new ArrayList<String>();
        if (!scope.codes().isEmpty()) {
            jdbc.query("""
                    SELECT id, name, village_code, ST_AsGeoJSON(outline, 6) FROM site
                    WHERE outline IS NOT NULL AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ? LIMIT ?""", rs -> {
                if (scope.includes(rs.getString(3))) {
                    features.add("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + rs.getLong(1) + "\",\"name\":"
                            + JSON.writeValueAsString(rs.getString(2)) + "},\"geometry\":" + rs.getString(4) + "}");
                }
            }, view.south() - 0.5, view.north() + 0.5, view.west() - 0.5, view.east() + 0.5, SiteMapLayer.LAYER_MAX);
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
