package id.bpjstk.desasadar.territory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;


/**
 * Reads the real shared data files end to end. Skipped where ../shared/data is not checked out
 * (tests run with the project directory as working directory).
 */
class RealRegionFilesTest {

    private static final Path REGIONS = Path.of("../shared/data/regions");

    @Test
    void village_centroid_csv_gives_83403_accepted_rows() throws IOException {
        RecordingSink sink = readTimed(REGIONS.resolve("villages-centroids.csv"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).hasSize(83_403);
        assertThat(sink.accepted.get(0).rowNumber()).isEqualTo(2);
    }

    @Test
    void east_java_village_boundaries_give_8494_accepted_features() throws IOException {
        RecordingSink sink = readTimed(REGIONS.resolve("boundaries/villages-35.geojson"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).hasSize(8_494);
        assertThat(sink.accepted).allSatisfy(row -> assertThat(row.code()).startsWith("35."));
    }

    @Test
    void south_sumatra_village_boundaries_give_3239_accepted_features() throws IOException {
        RecordingSink sink = readTimed(REGIONS.resolve("boundaries/villages-16.geojson"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).hasSize(3_239);
    }

    /**
     * Every regency is accepted: Kota Sabang's Pulau Rondo (6.08°N) and Rote Ndao's Pulau Ndana
     * (11.01°S) lie inside the widened latitude box, and Kabupaten Sorong's zero-area [A, B, A]
     * holes are dropped rather than rejecting the regency.
     */
    @Test
    void regency_boundaries_are_all_accepted_including_the_outermost_islands() throws IOException {
        RecordingSink sink = readTimed(REGIONS.resolve("boundaries/regencies.geojson"));

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).hasSize(514);
    }

    private static RecordingSink readTimed(Path file) throws IOException {
        Assumptions.assumeTrue(Files.exists(file), "../shared/data absent: skipping full-file test");
        CoordinateFormat format = CoordinateFormat.detect(file.getFileName().toString(), null);
        long start = System.nanoTime();
        RecordingSink sink;
        try (InputStream in = Files.newInputStream(file)) {
            sink = RecordingSink.read(format, in);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[real-file] %s: %d accepted, %d rejected in %d ms%n",
                file.getFileName(), sink.accepted.size(), sink.rejected.size(), millis);
        return sink;
    }
}
