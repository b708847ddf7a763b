package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.BrowserTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator over HTTP as a load balancer, a metrics scraper and a stranger reach it (decision 021): health for
 * anyone, the rest for an administrator only.
 */
@BrowserTest
class ActuatorAccessTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired CoverageService coverage;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anyone_reads_health_liveness_and_readiness_and_learns_only_the_status() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "mariadb", "MariaDB");
        }
    }

    @Test
    void metrics_and_prometheus_are_refused_without_signing_in_and_to_a_coordinator() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, basic("koordinator.banyuasin", DemoUsers.PASSWORD)).statusCode()).as(path).isEqualTo(403);
            assertThat(get(path, basic("admin", "not-the-password")).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void an_administrator_scrapes_the_app_metrics_and_the_pool() throws Exception {
        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        coverage.area("16", CoveragePeriod.month(YearMonth.now()));
        SignIn.out();

        HttpResponse<String> response = get("/actuator/prometheus", basic("admin", DemoUsers.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("desasadar_vaadin_uis", "desasadar_vaadin_sessions", "desasadar_import_rows_total{",
                "desasadar_coverage_query_seconds_count{", "read=\"area\"", "hikaricp_connections_active", "tomcat_sessions_active_current");
        // health in detail, with the database, is for an administrator too
        assertThat(get("/actuator/health", basic("admin", DemoUsers.PASSWORD)).body()).contains("\"db\"");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
