package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.GeoJsonFeatures;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.ImportRun;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.base.importing.SmallImportWriter;
import id.bpjstk.desasadar.base.io.Progress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Imports work sites from a GeoJSON FeatureCollection: Point features (or Polygon features, whose
 * first ring becomes the outline and its centre the point) with {@code properties.name}, {@code type}
 * and optionally {@code commodity}, {@code operator}, {@code estimated_workers}, {@code contact} and
 * {@code village_code}. Each feature is saved whole or rejected with its reason (a message key, rendered in the report
 * download); a file that is too large or not a FeatureCollection is refused before anything is saved. The file is
 * streamed through {@link GeoJsonFeatures}, one feature in memory at a time. A feature already saved (same
 * name, kind and point) is left alone, so importing a file twice adds nothing.
 */
@Service
public class SiteImportService {

    /** Site files are lists of places, not maps: 10 MB holds tens of thousands of them. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** What the report shows of a rejected feature, after its number. */
    public static final List<String> REPORT_COLUMNS = List.of("name", "type");

    private final SiteService sites;
    private final Counter rows;

    SiteImportService(SiteService sites, MeterRegistry meters) {
        this.sites = sites;
        this.rows = ImportRun.rowCounter(meters, "sites");
    }

    /**
     * @param progress  fraction of the file read
     * @param cancelled checked between features; the features saved before stay saved
     * @throws RuleViolation the file is too large, not JSON or not a FeatureCollection; nothing was saved
     */
    public ImportResult importFile(Path file, Progress progress, BooleanSupplier cancelled) {
        var source = new GeoJsonFeatures(file, MAX_BYTES, new RuleViolation("site.import.too-large", MAX_BYTES / (1024 * 1024)),
                "site.import.not-json", "site.import.not-collection");
        return ImportRun.run(source, REPORT_COLUMNS, ImportMode.ACCEPT_VALID, progress, cancelled, Writer::new, (feature, writer) -> {
            JsonNode p = feature.node().path("properties");
            List<String> original = Arrays.asList(p.path("name").asString(null), p.path("type").asString(null));
            try {
                writer.add(feature.number(), draft(feature.node()), original);
            } catch (RuleViolation e) {
                writer.reject(feature.number(), null, e, original);
            }
        }, rows);
    }

    /** Saves each feature as it comes, through the site service's checks; one already saved is left alone. */
    private final class Writer extends SmallImportWriter<SiteDraft> {

        Writer(RejectionReport report) {
            super(report);
        }

        @Override
        public void add(long line, SiteDraft draft, List<String> original) {
            if (sites.existsInScope(draft.name(), draft.type(), draft.lat(), draft.lng())) {
                duplicates++;
                return;
            }
            sites.create(draft);
            inserted++;
        }
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
