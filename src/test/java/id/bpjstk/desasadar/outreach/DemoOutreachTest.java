package id.bpjstk.desasadar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's agents and events survive a restart: the second start adds nothing and does not fail. */
@IntegrationTest
class DemoOutreachTest {

    @Autowired EventService events;
    @Autowired AgentService agents;
    @Autowired UserService users;
    @Autowired Clock clock;

    @Test
    void a_second_start_of_the_demo_adds_nothing_and_starts() {
        var demo = new DemoOutreach(events, agents, users, clock);
        demo.create();
        int agentsAfterFirst = countAgents();

        assertThatCode(demo::create).doesNotThrowAnyException();
        assertThat(countAgents()).isEqualTo(agentsAfterFirst).isPositive();
    }

    private int countAgents() {
        SignIn.as(users, "demo-outreach-reader", Role.ADMIN, AreaScope.NATIONAL);
        try {
            return agents.list().size();
        } finally {
            SignIn.out();
        }
    }
}
