package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.ui.map.LayerFilter;
import id.bpjstk.desasadar.base.ui.map.LegendEntry;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapLayerSpec;
import id.bpjstk.desasadar.base.ui.map.MapStyle;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Socialization events of a chosen period as rings around their village: dashed when planned, green when held. */
@Component
class EventMapLayer implements MapLayerSource {

    static final String ID = "events";
    private final EventService events;

    private final Clock clock;

    EventMapLayer(EventService events, Clock clock) {
        this.clock = clock;
        this.events = events;
    }

    static MapStyle style(EventStatus status) {
        return switch (status) {
            case PLANNED -> new MapStyle(EventService.styleClass(status), MapStyle.Shape.RING, "#1565c0", 18, true);
            case HELD -> MapStyle.of(EventService.styleClass(status), MapStyle.Shape.RING, "#1e8e3e", 18);
            case CANCELLED -> MapStyle.of(EventService.styleClass(status), MapStyle.Shape.RING, "#9e9e9e", 18);
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
        return Arrays.stream(EventStatus.values()).map(s -> new LegendEntry(EventService.styleClass(s),
                t.t("map.legend.event", t.t("event.status." + s.name())))).toList();
    }

    @Override
    public Optional<LayerFilter> filter(Translator t) {
        return Optional.of(new LayerFilter("event-period", t.t("map.layer.events"),
                Arrays.stream(EventPeriod.values()).map(p -> new LayerFilter.Choice(p.name(), t.t("map.events." + p.name()))).toList(),
                EventPeriod.THIS_MONTH.name()));
    }

    @Override
    public MapLayerData load(MapViewport viewport) {
        EventPeriod period = viewport.filter() == null ? EventPeriod.THIS_MONTH : EventPeriod.valueOf(viewport.filter());
        return MapLayerData.points(events.layer(viewport.bounds(), period.from(LocalDate.now(clock)), period.to(LocalDate.now(clock))));
    }
}
