package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapGeoJsonTest {

    @Test
    void coordinates_are_written_with_exactly_the_decimals_asked_for() {
        assertThat(fixed(112.7, 4)).isEqualTo("112.7000");
        assertThat(fixed(-7.250049, 4)).isEqualTo("-7.2500");
        assertThat(fixed(-0.00004, 4)).isEqualTo("0.0000");
        assertThat(fixed(104.848476, 5)).isEqualTo("104.84848");
        assertThat(fixed(-3.0000049, 3)).isEqualTo("-3.000");
        assertThat(fixed(5.9999996, 6)).isEqualTo("6.000000");
    }

    @Test
    void one_pixel_halves_with_every_zoom_level() {
        assertThat(MapGeoJson.pixel(1)).isEqualTo(2 * MapGeoJson.pixel(2));
        assertThat(MapGeoJson.pixel(0) * 256).isEqualTo(360.0);
    }

    private static String fixed(double v, int decimals) {
        var sb = new StringBuilder();
        MapGeoJson.appendFixed(sb, v, decimals);
        return sb.toString();
    }
}
