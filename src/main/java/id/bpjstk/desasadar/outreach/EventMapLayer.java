package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.ui.map.LayerFilter;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Socialization events of a chosen period as rings around their village: dashed when planned, green when held. The
 * layer reads its points itself, cut to the caller's scope, and names their style classes (decision 034).
 */
@Component
class EventMapLayer implements MapLayerSource {

    static final String ID = "events";
    /** The map draws at most this many events at once. */
    static final int LAYER_MAX = 2000;

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EventMapLayer(CurrentUser currentUser, JdbcTemplate jdbc, Clock clock) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The map's style class for an event status (its legend uses the same). */
    static String styleClass(EventStatus status) {
        return "event-point event-" + status.name().toLowerCase();
    }

    static MapStyle style(EventStatus status) {
        return switch (status) {
            case PLANNED -> new MapStyle(styleClass(status), MapStyle.Shape.RING, "#1565c0", 18, true);
            case HELD -> MapStyle.of(styleClass(status), MapStyle.Shape.RING, "#1e8e3e", 18);
            case CANCELLED -> MapStyle.of(styleClass(status), MapStyle.Shape.RING, "#9e9e9e", 18);
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public MapLayerSpec spec(Translator t) {
        return MapLayerSpec.points(t.t("map.layer.events"), "event-point", true, 18);
    }

    @Override
    public List<MapStyle> styles() {
        var styles = new ArrayList<MapStyle>();
        styles.add(MapStyle.of("event-point", MapStyle.Shape.RING, "#1565c0", 18));
        Arrays.stream(EventStatus.values()).map(EventMapLayer::style).forEach(styles::add);
        return styles;
    }

    @Override
    public List<LegendEntry> legend(Translator t) {
        return Arrays.stream(EventStatus.values()).map(s -> new LegendEntry(styleClass(s),
                t.t("map.legend.event", t.t("event.status." + s.name())))).toList();
    }

    @Override
    public Optional<LayerFilter> filter(Translator t) {
        return Optional.of(new LayerFilter("event-period", t.t("map.layer.events"),
                Arrays.stream(EventPeriod.values()).map(p -> new LayerFilter.Choice(p.name(), t.t("map.events." + p.name()))).toList(),
                EventPeriod.THIS_MONTH.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public MapLayerData load(MapViewport viewport) {
        EventPeriod period = viewport.filter() == null ? EventPeriod.THIS_MONTH : EventPeriod.valueOf(viewport.filter());
        return MapLayerData.points(points(viewport.bounds(), period.from(LocalDate.now(clock)), period.to(LocalDate.now(clock))));
    }

    /**
     * Events of the period in view and in scope, drawn at their village, styled by status. Events have no position of
     * their own: the one join on territory's {@code area} table that stays, for speed (docs/architecture.md).
     */
    @Transactional(readOnly = true)
    public PointLayer points(BoundingBox view, LocalDateTime from, LocalDateTime to) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return PointLayer.EMPTY;
        }
        List<MapPoint> points = jdbc.query("""
                SELECT e.id, e.title, e.status, a.lat, a.lng, e.village_code FROM outreach_event e
                JOIN area a ON a.code = e.village_code
                WHERE e.planned_start >= ? AND e.planned_start < ? AND a.lat BETWEEN ? AND ? AND a.lng BETWEEN ? AND ?
                ORDER BY e.planned_start LIMIT ?""",
                (rs, i) -> scope.includes(rs.getString(6))
                        ? new MapPoint(Long.toString(rs.getLong(1)), rs.getDouble(4), rs.getDouble(5), rs.getString(2),
                                styleClass(EventStatus.valueOf(rs.getString(3))))
                        : null,
                from, to, view.south(), view.north(), view.west(), view.east(), 4 * LAYER_MAX).stream()
                .filter(Objects::nonNull).limit(LAYER_MAX).toList();
        return new PointLayer(List.of(), points, points.size());
    }
}
