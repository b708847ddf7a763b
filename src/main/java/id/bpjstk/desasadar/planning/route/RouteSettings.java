package id.bpjstk.desasadar.planning.route;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Travel estimates and the optimiser's budget.
 *
 * @param roadFactor       road distance ÷ straight-line distance (1.4 is a common rural average)
 * @param averageSpeedKmh  average driving speed on those roads
 * @param solverTimeLimit  the optimiser's ceiling per plan; guided local search uses all of it, so the planner's answer
 *                         takes this plus a few milliseconds: 900 ms keeps a plan under a second
 */
@ConfigurationProperties("app.planning")
public record RouteSettings(@DefaultValue("1.4") double roadFactor,
                            @DefaultValue("30") double averageSpeedKmh,
                            @DefaultValue("900ms") Duration solverTimeLimit) {

    public static final RouteSettings DEFAULTS = new RouteSettings(1.4, 30, Duration.ofMillis(900));

    public RouteSettings {
        if (!(roadFactor >= 1) || !(averageSpeedKmh > 0) || solverTimeLimit == null || !solverTimeLimit.isPositive()) {
            throw new RuleViolation("route.error.settings", roadFactor, averageSpeedKmh, solverTimeLimit);
        }
    }

    public RouteSettings withSolverTimeLimit(Duration limit) {
        return new RouteSettings(roadFactor, averageSpeedKmh, limit);
    }
}
