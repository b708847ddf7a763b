package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.cluster.ClusterDuties;
import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Coordinates and boundaries without an administrator: the files of the configured folder on every
 * start, and, on a first start with network access, the demo provinces from the public upstream
 * (cahyadsn/wilayah_boundaries, MIT). Without network the app starts all the same and says how to import.
 */
@Component
@Order(3) // after BundledMapData (2): an upstream download then replaces the bundled regency outlines, never the reverse
class StartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    /** Nodes started within this time of a download do not download again (decision 021). */
    private static final Duration DOWNLOAD_QUIET = Duration.ofMinutes(10);

    private final ImportSettings settings;
    private final AreaImportService importer;
    private final ClusterDuties duties;
    private final JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    StartupImport(ImportSettings settings, AreaImportService importer, ClusterDuties duties, JdbcTemplate jdbc) {
        this.settings = settings;
        this.importer = importer;
        this.duties = duties;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (settings.folder() != null && !settings.folder().isBlank()) {
            importFolder(Path.of(settings.folder()));
        }
        if (!settings.upstream().provinces().isEmpty()) {
            // after this node's start, outside its start-up lock: one node of several downloads
            Thread.ofVirtual().name("upstream-import").start(() -> duties.once("upstream-download", DOWNLOAD_QUIET, this::importUpstream));
        }
    }

    private void importFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            log.warn("Import folder {} does not exist: nothing imported on start", folder.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                importUnattended(file.getFileName().toString(), in, Files.size(file));
            } catch (RuntimeException e) {
                log.warn("Import of {} failed: {}", file, e.getMessage());
            }
        }
    }

    /** Fetches only provinces with no village boundary yet, so a restart does not download again. */
    void importUpstream() {
        for (String province : settings.upstream().provinces()) {
            if (hasVillageBoundaries(province)) {
                log.info("Province {} already has village boundaries: no download", province);
                continue;
            }
            List<String> files = new ArrayList<>();
            files.add("kab/wilayah_boundaries_kab_" + province + ".sql");
            jdbc.queryForList("SELECT code FROM area WHERE level = 'REGENCY' AND parent_code = ? ORDER BY code", String.class, province)
                    .forEach(regency -> files.add("kel/" + province + "/wilayah_boundaries_kel_" + regency + ".sql"));
            for (int i = 0; i < files.size(); i++) {
                String url = settings.upstream().baseUrl().replaceAll("/+$", "") + "/" + files.get(i);
                log.info("Downloading map data for province {}: file {} of {} ({})", province, i + 1, files.size(), url);
                if (!fetchAndImport(url) && i == 0) {
                    // the first file failing means no network (or a wrong base URL): do not try the rest
                    log.warn("Could not download {}. The app works without it: sign in as administrator and import "
                            + "coordinates and boundaries (menu: Impor koordinat & batas), or put the files in IMPORT_FOLDER.", url);
                    return;
                }
            }
        }
    }

    private boolean fetchAndImport(String url) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("{} answered HTTP {}", url, response.statusCode());
                    return false;
                }
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                importUnattended(url.substring(url.lastIndexOf('/') + 1), body, length);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Download of {} failed: {}", url, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Nobody reads the report of rejected rows at start: the service logs the counts, and a file refused as a whole
     * (cut off, not a FeatureCollection) is logged and skipped like a file with bad rows, not taken for a lost network.
     */
    private void importUnattended(String fileName, InputStream in, long length) {
        try {
            importer.importTrusted(fileName, in, length, Progress.NONE, () -> false).report().delete();
        } catch (RuleViolation refused) {
            log.warn("{} was not imported: {}", fileName, refused.args().length > 0 ? refused.args()[0] : refused.messageKey());
        }
    }

    private boolean hasVillageBoundaries(String province) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM area_boundary WHERE area_code LIKE ?", Long.class, SqlLike.escape(province) + ".__.__.%");
        return n != null && n > 0;
    }
}
