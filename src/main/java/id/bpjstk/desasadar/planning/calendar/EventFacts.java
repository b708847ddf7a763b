package id.bpjstk.desasadar.planning.calendar;

import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What an officer needs to know of an event away from the app: where (village with its district, regency, province
 * and code, the site), for whom (audience, expected attendance, agents) and the links to the map and the event page.
 * Read through the features' services, so under the caller's scope (the feed runs as its owner).
 */
@Component
class EventFacts {

    private final AreaService areas;
    private final SiteQueries sites;
    private final AgentService agents;
    private final AppI18nProvider i18n;

    EventFacts(AreaService areas, SiteQueries sites, AgentService agents, AppI18nProvider i18n) {
        this.areas = areas;
        this.sites = sites;
        this.agents = agents;
        this.i18n = i18n;
    }

    /** The village of an event in words: "Desa Pulau Rajak, Kec. Betung, Kabupaten Banyuasin, Sumatera Selatan". */
    String place(VillageDetails v, Locale locale) {
        return String.join(", ", t(locale, "kind." + v.kind().name()) + " " + v.name(),
                t(locale, "calendar-feed.district", v.districtName()),
                v.regencyName(), v.provinceName()); // the official regency names carry their kind ("Kota Surabaya")
    }

    Optional<VillageDetails> village(String code) {
        return areas.findVillage(code);
    }

    Optional<SiteView> site(Long id) {
        return id == null ? Optional.empty() : sites.find(id);
    }

    List<String> agentNames(EventView e) {
        return e.agentIds().stream().sorted().map(agents::find).flatMap(Optional::stream).map(AgentView::name).toList();
    }

    /** OpenStreetMap centred on the point, at a zoom that shows the village and its roads. */
    static String mapLink(double lat, double lng) {
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=15/%.6f/%.6f", lat, lng, lat, lng);
    }

    static String eventLink(String baseUrl, long eventId) {
        return baseUrl == null ? null : stripSlash(baseUrl) + "/kegiatan/" + eventId;
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The feed's entries; an officer's events come back to the same villages, so each village is read once. */
    List<CalendarEntry> entries(List<EventView> events, String officerName, String baseUrl, Locale locale) {
        var villages = new HashMap<String, Optional<VillageDetails>>();
        var sitesById = new HashMap<Long, Optional<SiteView>>();
        return events.stream().map(e -> entry(e, villages.computeIfAbsent(e.villageCode(), this::village),
                e.siteId() == null ? Optional.<SiteView>empty() : sitesById.computeIfAbsent(e.siteId(), this::site),
                officerName, baseUrl, locale)).toList();
    }

    private CalendarEntry entry(EventView e, Optional<VillageDetails> village, Optional<SiteView> site, String officerName,
                                String baseUrl, Locale locale) {
        String place = village.map(v -> place(v, locale)).orElse(e.villageName());
        String location = site.map(s -> s.name() + ", ").orElse("") + place;

        var lines = new ArrayList<String>();
        lines.add(t(locale, "event.type." + e.type().name()) + " · " + t(locale, "event.status." + e.status().name()));
        if (e.status() == EventStatus.CANCELLED && e.cancelReason() != null) {
            lines.add(t(locale, "calendar-feed.cancelled-because", e.cancelReason()));
        }
        lines.add(place + " (" + t(locale, "calendar-feed.code") + " " + e.villageCode() + ")");
        site.ifPresent(s -> lines.add(t(locale, "calendar-feed.site", s.name())));
        if (e.audience() != null) {
            lines.add(t(locale, "calendar-feed.audience", e.audience()));
        }
        if (e.expectedAttendance() != null) {
            lines.add(t(locale, "calendar-feed.expected", e.expectedAttendance()));
        }
        List<String> agentNames = agentNames(e);
        if (!agentNames.isEmpty()) {
            lines.add(t(locale, "calendar-feed.agents", String.join(", ", agentNames)));
        }
        lines.add(t(locale, "calendar-feed.officer", officerName));
        Double lat = site.map(SiteView::lat).or(() -> village.map(VillageDetails::lat)).orElse(null);
        Double lng = site.map(SiteView::lng).or(() -> village.map(VillageDetails::lng)).orElse(null);
        if (lat != null && lng != null) {
            lines.add(t(locale, "calendar-feed.map", mapLink(lat, lng)));
        }
        String link = eventLink(baseUrl, e.id());
        if (link != null) {
            lines.add(t(locale, "calendar-feed.open", link));
        }
        String summary = e.status() == EventStatus.CANCELLED ? t(locale, "calendar-feed.cancelled-title", e.title()) : e.title();
        return new CalendarEntry(uid(e.id()), e.version(), e.start(), e.end(), status(e.status()), summary,
                lines.stream().filter(Objects::nonNull).collect(Collectors.joining("\n")), location, lat, lng, link);
    }

    /** Stable across feeds and downloads, so a client that imported the download recognises the feed's copy. */
    static String uid(long eventId) {
        return "kegiatan-" + eventId + "@desasadar.bpjsketenagakerjaan.go.id";
    }

    private static CalendarEntry.Status status(EventStatus s) {
        return s == EventStatus.CANCELLED ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED;
    }

    String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
