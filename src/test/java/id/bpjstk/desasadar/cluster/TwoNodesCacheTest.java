package id.bpjstk.desasadar.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.bpjstk.desasadar.Application;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.TariffRow;
import id.bpjstk.desasadar.enrollment.TariffService;
import id.bpjstk.desasadar.territory.AreaImportService;
import id.bpjstk.desasadar.territory.AreaOverviewService;
import id.bpjstk.desasadar.territory.AreaService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database (issue 14, item 2; decision 022): what one node changes, the other node's
 * in-memory caches show within 5 s — the village points and regency outlines of the map, the coverage map's outlines
 * and the tariffs. Node A is the tests' shared application context; node B, started here, opens its database. The
 * services the views call are called directly.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesCacheTest {

    /** What the issue asks: a coordinate moved on node A shows on node B's map within this time. */
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String VILLAGE = "35.78.01.1001";
    private static final BoundingBox SURABAYA = new BoundingBox(-7.6, 112.4, -7.1, 113.0);

    @Autowired ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startNodeB() {
        var db = nodeA.getBean(HikariDataSource.class);
        // arguments, not builder properties: those are defaults, and the test profile's fresh database would win
        nodeB = new SpringApplicationBuilder(Application.class).profiles("test").run("--server.port=0",
                "--spring.main.banner-mode=off", "--app.db.fresh-database=false", "--app.db.url=" + db.getJdbcUrl(),
                "--app.db.user=" + db.getUsername(), "--app.db.password=" + db.getPassword());
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @BeforeEach
    void signInAsAdministrator() {
        SignIn.as(nodeA.getBean(UserService.class), "cluster-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_village_moved_on_node_a_shows_at_its_new_place_on_node_b_map() {
        importCentroid(-7.340577, 112.689937);
        assertThat(eventually(() -> villageOnB().filter(p -> p.lng() > 112.68))).as("first placed").isPresent();

        importCentroid(-7.300000, 112.750000);

        MapPoint moved = eventually(() -> villageOnB().filter(p -> p.lng() > 112.74)).orElseThrow();
        assertThat(moved.lat()).isCloseTo(-7.3, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void a_regency_outline_imported_on_node_a_is_drawn_on_node_b_map_and_coverage_map() {
        String regencyOnMap = nodeB.getBean(AreaService.class).regencyBoundaries(SURABAYA, 10);
        String coverageShapes = nodeB.getBean(AreaOverviewService.class).childShapes("35", 8);
        assertThat(regencyOnMap).doesNotContain("\"35.78\"");

        nodeA.getBean(AreaImportService.class).importFile("surabaya.geojson", stream("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"35.78"},"geometry":
                {"type":"Polygon","coordinates":[[[112.6,-7.35],[112.8,-7.35],[112.8,-7.2],[112.6,-7.2],[112.6,-7.35]]]}}]}"""),
                -1, Progress.NONE);

        assertThat(eventually(() -> Optional.of(nodeB.getBean(AreaService.class).regencyBoundaries(SURABAYA, 10))
                .filter(json -> json.contains("\"35.78\"")))).isPresent();
        assertThat(eventually(() -> Optional.of(nodeB.getBean(AreaOverviewService.class).childShapes("35", 8))
                .filter(json -> !json.equals(coverageShapes)))).isPresent();
    }

    @Test
    void a_tariff_ended_on_node_a_is_applied_by_node_b() {
        TariffService onA = nodeA.getBean(TariffService.class);
        TariffService onB = nodeB.getBean(TariffService.class);
        TariffRow open = onB.schedule().rows().stream().filter(r -> r.validTo() == null).findFirst().orElseThrow();
        YearMonth last = YearMonth.of(2098, 12);

        onA.end(open.id(), last);

        assertThat(eventually(() -> Optional.of(onB.schedule().row(open.id())).filter(r -> last.equals(r.validTo()))))
                .isPresent();
    }

    private void importCentroid(double lat, double lng) {
        var report = nodeA.getBean(AreaImportService.class).importFile("moved.csv",
                stream("code,name,lat,lng\n" + VILLAGE + ",Karang Pilang," + lat + "," + lng + "\n"), -1, Progress.NONE);
        assertThat(report.counts().inserted()).isEqualTo(1);
    }

    private Optional<MapPoint> villageOnB() {
        return nodeB.getBean(AreaService.class).villageLayer(SURABAYA, 12).points().stream()
                .filter(p -> p.id().equals(VILLAGE)).findFirst();
    }

    /** Asks again until the answer is there or {@link #WITHIN} has passed; the last answer (maybe empty) then. */
    private static <T> Optional<T> eventually(Supplier<Optional<T>> ask) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        Optional<T> answer = ask.get();
        while (answer.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            answer = ask.get();
        }
        return answer;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
