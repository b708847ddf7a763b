package id.bpjstk.desasadar.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three-month inactivity rule, around its edge. */
class AgentActivityTest {

    @ParameterizedTest(name = "start {0}, last acquisition {1}, reactivated {2}, on {3}: active={4} since {5}")
    @CsvSource(nullValues = "-", value = {
            // start,      last acq.,   reactivated, today,       active, inactive since
            "2026-01-10,  -,           -,           2026-04-09,  true,   -",
            "2026-01-10,  -,           -,           2026-04-10,  false,  2026-04-10",
            "2026-01-10,  2026-03-31,  -,           2026-06-29,  true,   -",
            "2026-01-10,  2026-03-31,  -,           2026-07-01,  false,  2026-06-30",
            "2025-11-30,  -,           -,           2026-02-27,  true,   -",
            "2025-11-30,  -,           -,           2026-02-28,  false,  2026-02-28",
            "2026-01-10,  2026-02-01,  2026-06-15,  2026-09-14,  true,   -",
            "2026-01-10,  2026-02-01,  2026-06-15,  2026-09-15,  false,  2026-09-15",
            "2026-01-10,  2026-08-01,  2026-06-15,  2026-10-31,  true,   -",
    })
    void an_agent_is_inactive_from_three_months_after_the_last_sign_of_activity(LocalDate start, LocalDate lastAcquisition,
                                                                                 LocalDate reactivated, LocalDate today,
                                                                                 boolean active, LocalDate inactiveSince) {
        AgentActivity activity = AgentActivity.of(start, lastAcquisition, reactivated, today);

        assertThat(activity.active()).isEqualTo(active);
        assertThat(activity.inactiveSince()).isEqualTo(inactiveSince);
    }
}
