package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.territory.importing.AreaRowSink;
import id.bpjstk.desasadar.territory.importing.CoordinateFileReader;
import id.bpjstk.desasadar.territory.importing.CoordinateFormat;
import id.bpjstk.desasadar.territory.importing.ParsedArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The map data that ships with the product (resources {@code map/}, derived from cahyadsn/wilayah_boundaries, MIT:
 * see {@code map/LICENSE-wilayah_boundaries-MIT.txt} and the test-scope {@code BundledMapDataGenerator}) is loaded on
 * first start, so that a machine without internet shows every village and every regency and province outline at once.
 *
 * <p>It only fills what is missing: a village that already has coordinates and an area that already has an outline
 * (imported by an administrator, from the import folder or from the upstream download, all more detailed) keep theirs.
 * Everything goes in one transaction with bulk statements (a staging table and one joined UPDATE for the 83,403
 * centroids, multi-row inserts for the outlines), and a row in {@code bundled_data} records the load so that later
 * starts read nothing at all. Off in tests ({@code app.territory.bundled-map-data=false}): their fixtures count points.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "app.territory.bundled-map-data", havingValue = "true", matchIfMissing = true)
class BundledMapData implements ApplicationRunner {

    /** The name of this version of the bundle in {@code bundled_data}; a new bundle gets a new name and fills gaps again. */
    static final String NAME = "map-data-2026-1";
    private static final Logger log = LoggerFactory.getLogger(BundledMapData.class);
    private static final int CENTROIDS_PER_STATEMENT = 1000;
    private static final int OUTLINES_PER_STATEMENT = 25;

    /** What one run stored; all zero when the bundle had been loaded before. */
    record Loaded(boolean skipped, int centroids, int regencies, int provinces, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MapCaches mapCaches;

    BundledMapData(JdbcTemplate jdbc, TransactionTemplate tx, MapCaches mapCaches) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mapCaches = mapCaches;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    Loaded load() {
        long start = System.nanoTime();
        Loaded loaded = tx.execute(status -> {
            Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM bundled_data WHERE name = ?", Integer.class, NAME);
            if (done != null && done > 0) {
                return new Loaded(true, 0, 0, 0, 0);
            }
            long t0 = System.nanoTime();
            int centroids = centroids();
            long t1 = System.nanoTime();
            Set<String> outlined = new HashSet<>(jdbc.queryForList("SELECT area_code FROM area_boundary", String.class));
            Set<String> known = new HashSet<>(jdbc.queryForList("SELECT code FROM area WHERE level IN ('PROVINCE', 'REGENCY')", String.class));
            int regencies = outlines("map/regencies.geojson.gz", known, outlined);
            int provinces = outlines("map/provinces.geojson.gz", known, outlined);
            log.info("Bundled map data: centroids {} ms, outlines {} ms", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            jdbc.update("INSERT INTO bundled_data (name, loaded_at, rows_loaded) VALUES (?, NOW(), ?)", NAME,
                    centroids + regencies + provinces);
            mapCaches.changed();
            return new Loaded(false, centroids, regencies, provinces, 0);
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (loaded.skipped()) {
            log.info("Bundled map data already loaded: nothing to do ({} ms)", millis);
            return loaded;
        }
        log.info("Loaded the bundled map data in {} ms: {} village centroids, {} regency and {} province outlines",
                millis, loaded.centroids(), loaded.regencies(), loaded.provinces());
        return new Loaded(false, loaded.centroids(), loaded.regencies(), loaded.provinces(), millis);
    }

    /** Staged in a temporary table (same connection: we are in the transaction), then one joined UPDATE. */
    private int centroids() {
        long start = System.nanoTime();
        List<ParsedArea> rows = read("map/villages-centroids.csv.gz");
        log.debug("Read {} bundled centroids in {} ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
        jdbc.execute("DROP TEMPORARY TABLE IF EXISTS bundled_centroid");
        // the collation of area.code, not the database's default: a database created without one would refuse the join
        jdbc.execute("CREATE TEMPORARY TABLE bundled_centroid (code VARCHAR(13) NOT NULL PRIMARY KEY, lat DOUBLE NOT NULL, "
                + "lng DOUBLE NOT NULL) ENGINE = MEMORY DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        try {
            for (int from = 0; from < rows.size(); from += CENTROIDS_PER_STATEMENT) {
                List<ParsedArea> chunk = rows.subList(from, Math.min(rows.size(), from + CENTROIDS_PER_STATEMENT));
                var args = new ArrayList<Object>(chunk.size() * 3);
                chunk.forEach(r -> Collections.addAll(args, r.code(), r.lat(), r.lng()));
                jdbc.update("INSERT INTO bundled_centroid (code, lat, lng) VALUES "
                        + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?)")), args.toArray());
            }
            return jdbc.update("""
                    UPDATE area a JOIN bundled_centroid c ON c.code = a.code SET a.lat = c.lat, a.lng = c.lng
                    WHERE a.level = 'VILLAGE' AND (a.lat IS NULL OR a.lng IS NULL)""");
        } finally {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS bundled_centroid");
        }
    }

    private int outlines(String resource, Set<String> known, Set<String> outlined) {
        List<ParsedArea> rows = read(resource).stream()
                .filter(r -> known.contains(r.code()) && !outlined.contains(r.code())).toList();
        var wkb = new WKBWriter();
        for (int from = 0; from < rows.size(); from += OUTLINES_PER_STATEMENT) {
            List<ParsedArea> chunk = rows.subList(from, Math.min(rows.size(), from + OUTLINES_PER_STATEMENT));
            var args = new ArrayList<Object>(chunk.size() * 6);
            for (ParsedArea r : chunk) {
                Envelope e = r.boundary().getEnvelopeInternal();
                Collections.addAll(args, r.code(), wkb.write(r.boundary()), e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
            }
            jdbc.update("INSERT INTO area_boundary (area_code, geom, min_lat, min_lng, max_lat, max_lng) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?,ST_GeomFromWKB(?),?,?,?,?)")), args.toArray());
        }
        rows.forEach(r -> outlined.add(r.code()));
        return rows.size();
    }

    /** Read through the same readers as an administrator's import, so the bundle passes the same checks. */
    private static List<ParsedArea> read(String resource) {
        List<ParsedArea> rows = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new ClassPathResource(resource).getInputStream(), 1 << 16)) {
            CoordinateFileReader.read(CoordinateFormat.detect(resource.replace(".gz", ""), null), in, new AreaRowSink() {
                @Override
                public void accept(ParsedArea row) {
                    rows.add(row);
                }

                @Override
                public void reject(long rowNumber, String code, RuleViolation reason) {
                    log.warn("Bundled {} row {} ({}) skipped: {} {}", resource, rowNumber, code, reason.messageKey(),
                            java.util.Arrays.toString(reason.args()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled map data " + resource + " is unreadable", e);
        }
        return rows;
    }
}
