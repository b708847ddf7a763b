package id.bpjstk.desasadar.benchmark;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaImportService;
import id.bpjstk.desasadar.territory.AreaService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of the village-outline viewport query at the zoom where outlines appear (12), for views
 * inside Jawa Timur with all 8,494 Jatim polygons loaded (target ≤ 100 ms). Run with {@code .ci/benchmark}.
 */
@Tag("benchmark")
@IntegrationTest
class VillageOutlineBenchmark {

    static final Path FILE = Path.of("../shared/data/regions/boundaries/villages-35.geojson");
    static final int ZOOM = 12;

    @Autowired AreaService areas;
    @Autowired AreaImportService importer;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void village_outlines_for_views_inside_jawa_timur() throws Exception {
        Assumptions.assumeTrue(Files.exists(FILE), "../shared/data absent: nothing to benchmark");
        SignIn.as(users, "bench-admin", Role.ADMIN, AreaScope.NATIONAL);
        try (InputStream in = Files.newInputStream(FILE)) {
            importer.importFile(FILE.getFileName().toString(), in, Files.size(FILE), Progress.NONE);
        }
        long polygons = jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary WHERE area_code LIKE '35.__.__.%'", Long.class);
        SignIn.as(users, "bench-jatim", Role.REGIONAL_HEAD, "35");

        // a 1280 x 800 px screen at zoom 12, centred on random villages of Jawa Timur
        double width = 1280 * 360.0 / (256 * Math.pow(2, ZOOM));
        double height = 800 * 360.0 / (256 * Math.pow(2, ZOOM));
        List<double[]> centres = jdbc.query("SELECT lat, lng FROM area WHERE code LIKE '35.%' AND level = 'VILLAGE' AND lat IS NOT NULL",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)});
        Assumptions.assumeFalse(centres.isEmpty(), "no Jawa Timur centroids: the GeoJSON import gives them");
        var random = new Random(35);
        var times = new ArrayList<Long>();
        long bytes = 0;
        for (int i = 0; i < 220; i++) {
            double[] c = centres.get(random.nextInt(centres.size()));
            var view = new BoundingBox(c[0] - height / 2, c[1] - width / 2, c[0] + height / 2, c[1] + width / 2);
            long start = System.nanoTime();
            String json = areas.villageBoundaries(view, ZOOM);
            long micros = (System.nanoTime() - start) / 1000;
            if (i >= 20) { // the first 20 warm the JIT and the buffer pool
                times.add(micros);
                bytes += json.length();
            }
        }
        times.sort(Long::compare);
        System.out.printf("BENCHMARK village outlines zoom %d, %d Jatim polygons loaded, %d views: median %.1f ms, p95 %.1f ms, max %.1f ms; mean payload %,d bytes%n",
                ZOOM, polygons, times.size(), times.get(times.size() / 2) / 1000.0, times.get(times.size() * 95 / 100) / 1000.0,
                times.getLast() / 1000.0, bytes / times.size());
    }
}
