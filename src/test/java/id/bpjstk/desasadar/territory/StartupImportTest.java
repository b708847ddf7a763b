package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.base.cluster.ClusterDuties;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first-start download from the public upstream, against a loopback server: tests never reach the internet. */
@IntegrationTest
class StartupImportTest {

    @Autowired AreaImportService importer;
    @Autowired ClusterDuties duties;
    @Autowired JdbcTemplate jdbc;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serveTheFixtureFiles() throws Exception {
        jdbc.update("DELETE FROM area_boundary WHERE area_code LIKE '16.%'");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (InputStream file = getClass().getResourceAsStream("/upstream" + exchange.getRequestURI().getPath())) {
                if (file == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    byte[] body = file.readAllBytes();
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void first_start_downloads_the_regency_and_village_files_of_the_demo_province() {
        startupImport("http://127.0.0.1:" + server.getAddress().getPort()).importUpstream();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary WHERE area_code IN ('16.07', '16.07.01.2003', '16.07.01.2004')", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT lat FROM area WHERE code = '16.07.01.2004'", Double.class)).isEqualTo(-2.952373);
        // one regency file and one village file per regency of Sumatera Selatan (17), missing ones skipped
        assertThat(requests.get()).isEqualTo(1 + 17);
    }

    @Test
    void a_province_that_already_has_village_boundaries_is_not_downloaded_again() {
        var startup = startupImport("http://127.0.0.1:" + server.getAddress().getPort());
        startup.importUpstream();
        int afterFirst = requests.get();

        startup.importUpstream();

        assertThat(requests.get()).isEqualTo(afterFirst);
    }

    @Test
    void without_network_the_start_goes_on_after_one_failed_request() {
        server.stop(0);
        startupImport("http://127.0.0.1:" + server.getAddress().getPort()).importUpstream();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary WHERE area_code LIKE '16.%'", Long.class)).isZero();
    }

    private StartupImport startupImport(String baseUrl) {
        return new StartupImport(new ImportSettings(null, new ImportSettings.Upstream(baseUrl, List.of("16"))), importer, duties, jdbc);
    }
}
