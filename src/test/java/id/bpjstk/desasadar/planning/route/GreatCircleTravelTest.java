package id.bpjstk.desasadar.planning.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.GeoPoint;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GreatCircleTravelTest {

    @Test
    void a_leg_is_the_great_circle_distance_times_the_road_factor_at_the_average_speed() {
        // one degree of longitude on the equator is 111.2 km in a straight line
        Leg leg = new GreatCircleTravel(RouteSettings.DEFAULTS).between(new GeoPoint(0, 100), new GeoPoint(0, 101));

        assertThat(leg.distanceKm()).isCloseTo(111.195 * 1.4, within(0.01));
        assertThat(leg.time()).isEqualTo(Duration.ofSeconds(Math.round(111.195 * 1.4 / 30 * 3600)));
    }

    @Test
    void the_settings_change_the_estimate() {
        var settings = new RouteSettings(1.0, 60, Duration.ofSeconds(1));
        Leg leg = new GreatCircleTravel(settings).between(new GeoPoint(-6.2, 106.8), new GeoPoint(-6.9, 107.6));

        // Jakarta to Bandung: about 118 km apart
        assertThat(leg.distanceKm()).isCloseTo(117.9, within(1.0));
        assertThat(leg.time()).isEqualTo(Duration.ofSeconds(Math.round(leg.distanceKm() * 60)));
    }

    @Test
    void a_position_outside_latitude_and_longitude_is_refused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void settings_that_cannot_estimate_are_refused() {
        assertThatThrownBy(() -> new RouteSettings(0.9, 30, Duration.ofSeconds(1))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new RouteSettings(1.4, 0, Duration.ofSeconds(1))).isInstanceOf(RuleViolation.class);
    }
}
