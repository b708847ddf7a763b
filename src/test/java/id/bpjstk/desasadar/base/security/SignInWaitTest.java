package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.base.cache.LocalCaches;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long an account waits after failed sign-ins (decision 019): nothing for four, then 30 s doubling to 15 min. */
class SignInWaitTest {

    private final SignInThrottle throttle = new SignInThrottle(null, new LocalCaches(), Clock.systemUTC(), 5, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(24), 20, Duration.ofMinutes(10));

    @Test
    void the_first_four_failures_cost_no_wait() {
        assertThat(throttle.waitAfter(1)).isZero();
        assertThat(throttle.waitAfter(4)).isZero();
    }

    @Test
    void from_the_fifth_failure_the_wait_doubles_each_time_up_to_fifteen_minutes() {
        assertThat(throttle.waitAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.waitAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.waitAfter(7)).isEqualTo(Duration.ofSeconds(120));
        assertThat(throttle.waitAfter(9)).isEqualTo(Duration.ofSeconds(480));
        assertThat(throttle.waitAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void any_name_typed_fits_the_counter_and_differs_by_case_only_counts_as_one() {
        assertThat(SignInThrottle.accountKey("  Admin ")).isEqualTo("admin");
        assertThat(SignInThrottle.accountKey("x".repeat(5_000))).hasSizeLessThanOrEqualTo(64)
                .isNotEqualTo(SignInThrottle.accountKey("x".repeat(5_001)));
    }
}
