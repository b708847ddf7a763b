package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports work sites from a GeoJSON FeatureCollection: Point features (or Polygon features, whose
 * first ring becomes the outline and its centre the point) with {@code properties.name}, {@code type}
 * and optionally {@code commodity}, {@code operator}, {@code estimated_workers}, {@code contact} and
 * {@code village_code}. Each feature is saved whole or rejected with its reason; a file that is too
 * large or not a FeatureCollection is refused before anything is saved. A feature already saved (same
 * name, kind and point) is left alone, so importing a file twice adds nothing.
 */
@Service
public class SiteImportService {

    /** Site files are lists of places, not maps: 10 MB holds tens of thousands of them. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteService sites;

    SiteImportService(SiteService sites) {
        this.sites = sites;
    }

    public record Rejection(int feature, String messageKey, List<Object> args) {
    }

    /** {@code unchanged}: features already saved (same name, kind and point), so a re-import adds nothing. */
    public record Report(int read, int imported, int unchanged, List<Rejection> rejected) {
    }

    public Report importGeoJson(InputStream in, long length) throws IOException {
        if (length > MAX_BYTES) {
            throw new RuleViolation("site.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("site.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new RuleViolation("site.import.not-json");
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            throw new RuleViolation("site.import.not-collection");
        }
        var rejected = new ArrayList<Rejection>();
        int imported = 0;
        int unchanged = 0;
        int index = 0;
        for (JsonNode feature : root.get("features")) {
            index++;
            try {
                SiteDraft draft = draft(feature);
                if (sites.existsInScope(draft.name(), draft.type(), draft.lat(), draft.lng())) {
                    unchanged++;
                    continue;
                }
                sites.create(draft);
                imported++;
            } catch (RuleViolation e) {
                rejected.add(new Rejection(index, e.messageKey(), List.of(e.args())));
            }
        }
        return new Report(index, imported, unchanged, List.copyOf(rejected));
    }

    private static SiteDraft draft(JsonNode feature) {
        JsonNode p = feature.path("properties");
        SiteType type = type(p.path("type").asString(""));
        JsonNode geometry = feature.path("geometry");
        String kind = geometry.path("type").asString("");
        List<double[]> outline = null;
        double lat;
        double lng;
        if ("Point".equals(kind)) {
            lng = number(geometry.path("coordinates").path(0));
            lat = number(geometry.path("coordinates").path(1));
        } else if ("Polygon".equals(kind)) {
            outline = new ArrayList<>();
            double sumLat = 0;
            double sumLng = 0;
            JsonNode ring = geometry.path("coordinates").path(0);
            for (JsonNode position : ring) {
                double pLng = number(position.path(0));
                double pLat = number(position.path(1));
                outline.add(new double[] {pLat, pLng});
            }
            // the centre of the corners (the closing corner repeats the first, so it is left out)
            for (int i = 0; i < Math.max(1, outline.size() - 1); i++) {
                sumLat += outline.get(i)[0];
                sumLng += outline.get(i)[1];
            }
            lat = sumLat / Math.max(1, outline.size() - 1);
            lng = sumLng / Math.max(1, outline.size() - 1);
        } else {
            throw new RuleViolation("site.import.geometry");
        }
        Integer workers = p.path("estimated_workers").isNumber() ? p.path("estimated_workers").asInt() : null;
        return new SiteDraft(p.path("name").asString(null), type, p.path("commodity").asString(null),
                p.path("operator").asString(null), workers, p.path("contact").asString(null), lat, lng, outline,
                p.path("village_code").asString(null));
    }

    private static double number(JsonNode node) {
        if (!node.isNumber()) {
            throw new RuleViolation("site.import.geometry");
        }
        return node.asDouble();
    }

    private static SiteType type(String value) {
        String normalized = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (SiteType t : SiteType.values()) {
            if (t.name().equals(normalized)) {
                return t;
            }
        }
        throw new RuleViolation("site.import.unknown-type", value);
    }
}
