package id.bpjstk.desasadar.base.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * The one clock of the application, in the one zone of its users ({@code app.zone}, Asia/Jakarta by default: WIB,
 * where "today", "this month" and a date picker's default are counted). Services and views inject {@link Clock} and
 * ask it the date ({@code LocalDate.now(clock)}) and the zone ({@code clock.getZone()}), never {@code ZoneId.of}.
 *
 * <p>A {@link Fallback} bean: a test that declares its own {@code Clock} bean (a fixed or movable one) replaces it
 * everywhere without overriding a bean definition.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @Fallback
    Clock applicationClock(@Value("${app.zone:Asia/Jakarta}") ZoneId zone) {
        return Clock.system(zone);
    }
}
