package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work sites on the map, one colour per type; draggable for those who may move them (coordinators, administrators).
 * A new site type needs its colour here (the switch will not compile without it) and its label in the messages. The
 * layer reads its points itself, cut to the caller's scope, and names their style classes (decision 034).
 */
@Component
class SiteMapLayer implements MapLayerSource {

    static final String ID = "sites";
    /** The map shows at most this many single sites; beyond it the user zooms in. */
    static final int LAYER_MAX = 2000;

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    SiteMapLayer(CurrentUser currentUser, JdbcTemplate jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** The map's style class for a site type (its legend uses the same). */
    static String styleClass(SiteType type) {
        return "site-point site-" + type.name().toLowerCase().replace('_', '-');
    }

    static String color(SiteType type) {
        return switch (type) {
            case PERKEBUNAN -> "#2e7d32";
            case PASAR -> "#c2185b";
            case TPI -> "#0277bd";
            case SENTRA_INDUSTRI_RUMAHAN -> "#ef6c00";
            case UMKM_BINAAN -> "#6d4c41";
            case LAINNYA -> "#5b3cc4";
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        boolean editor = currentUser.editsFieldWork();
        String label = t.t("map.layer.sites");
        return editor ? MapLayerSpec.draggablePoints(label, "site-point", true, 18) : MapLayerSpec.points(label, "site-point", true, 18);
    }

    @Override
    public List<MapStyle> styles() {
        var styles = new ArrayList<MapStyle>();
        styles.add(MapStyle.of("site-point", MapStyle.Shape.SQUARE, color(SiteType.LAINNYA), 18));
        for (SiteType type : SiteType.values()) {
            styles.add(MapStyle.of(styleClass(type), MapStyle.Shape.SQUARE, color(type), 18));
        }
        return styles;
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        var entries = new ArrayList<LegendEntry>();
        for (SiteType type : SiteType.values()) {
            entries.add(new LegendEntry(styleClass(type), t.t("site.type." + type.name())));
        }
        return entries;
    }

    @Override
    @Transactional(readOnly = true)
    public MapLayerData load(MapViewport viewport) {
        return MapLayerData.points(points(viewport.bounds()));
    }

    /** Sites in view and in scope, as single points styled by type. */
    @Transactional(readOnly = true)
    public PointLayer points(BoundingBox view) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return PointLayer.EMPTY;
        }
        List<MapPoint> points = jdbc.query("""
                SELECT id, name, type, lat, lng, village_code FROM site
                WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ? LIMIT ?""",
                (rs, i) -> scope.includes(rs.getString(6))
                        ? new MapPoint(Long.toString(rs.getLong(1)), rs.getDouble(4), rs.getDouble(5), rs.getString(2),
                                styleClass(SiteType.valueOf(rs.getString(3))))
                        : null,
                view.south(), view.north(), view.west(), view.east(), LAYER_MAX * 4).stream()
                .filter(Objects::nonNull).limit(LAYER_MAX).toList();
        return new PointLayer(List.of(), points, points.size());
    }
}
