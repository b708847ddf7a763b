package id.bpjstk.desasadar.territory.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.territory.IndonesiaBounds;
import org.junit.jupiter.api.Test;

class CoordinateFormatTest {

    @Test
    void extension_decides_the_format_whatever_the_case() {
        assertThat(CoordinateFormat.detect("villages-centroids.CSV", null)).isEqualTo(CoordinateFormat.CENTROID_CSV);
        assertThat(CoordinateFormat.detect("villages-35.geojson", null)).isEqualTo(CoordinateFormat.GEOJSON);
        assertThat(CoordinateFormat.detect("export.json", null)).isEqualTo(CoordinateFormat.GEOJSON);
        assertThat(CoordinateFormat.detect("wilayah_boundaries_kel_11.72.sql", null)).isEqualTo(CoordinateFormat.WILAYAH_SQL);
    }

    @Test
    void unknown_extension_falls_back_to_sniffing_the_first_bytes() {
        assertThat(CoordinateFormat.detect("upload.txt", "\uFEFF  {\"type\":\"FeatureCollection\"".getBytes(UTF_8)))
                .isEqualTo(CoordinateFormat.GEOJSON);
        assertThat(CoordinateFormat.detect(null, "/*\nBISMILLAAH".getBytes(UTF_8))).isEqualTo(CoordinateFormat.WILAYAH_SQL);
        assertThat(CoordinateFormat.detect("dump", "INSERT INTO wilayah_boundaries".getBytes(UTF_8)))
                .isEqualTo(CoordinateFormat.WILAYAH_SQL);
        assertThat(CoordinateFormat.detect("data", "Code,Name,Lat,Lng\r\n35,".getBytes(UTF_8)))
                .isEqualTo(CoordinateFormat.CENTROID_CSV);
    }

    @Test
    void unrecognisable_file_is_refused_with_a_message_naming_the_file() {
        assertThatThrownBy(() -> CoordinateFormat.detect("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("'photo.jpg'")
                .hasMessageContaining(".csv");
    }

    @Test
    void indonesia_bounds_are_inclusive_and_reject_nan() {
        assertThat(IndonesiaBounds.contains(-11.1, 94)).isTrue();
        assertThat(IndonesiaBounds.contains(6.1, 142)).isTrue();
        assertThat(IndonesiaBounds.contains(6.11, 100)).isFalse();
        assertThat(IndonesiaBounds.contains(-11.11, 100)).isFalse();
        assertThat(IndonesiaBounds.contains(113.3, -8.2)).isFalse();
        assertThat(IndonesiaBounds.contains(Double.NaN, 100)).isFalse();
    }
}
