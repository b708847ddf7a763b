package id.bpjstk.desasadar.base.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportGateTest {

    @Test
    void a_user_runs_at_most_their_share_of_exports_at_once_and_gets_a_place_back_when_one_ends() {
        var gate = new ExportGate(10, 2);
        Optional<ExportGate.Permit> first = gate.tryEnter("ani");
        Optional<ExportGate.Permit> second = gate.tryEnter("ani");
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(gate.tryEnter("ani")).as("a third export of the same user").isEmpty();
        assertThat(gate.tryEnter("budi")).as("another user is not held back by her").isPresent();

        first.orElseThrow().close();
        assertThat(gate.tryEnter("ani")).isPresent();
    }

    @Test
    void all_users_together_run_at_most_the_overall_limit() {
        var gate = new ExportGate(3, 2);
        assertThat(gate.tryEnter("ani")).isPresent();
        assertThat(gate.tryEnter("budi")).isPresent();
        ExportGate.Permit third = gate.tryEnter("citra").orElseThrow();
        assertThat(gate.tryEnter("dewi")).isEmpty();
        assertThat(gate.tryEnter("ani")).as("a refused user keeps no place").isEmpty();

        third.close();
        third.close(); // closing twice frees one place, not two
        assertThat(gate.tryEnter("dewi")).isPresent();
        assertThat(gate.tryEnter("eko")).isEmpty();
    }

    @Test
    void the_overall_limit_is_at_least_one_export() {
        assertThat(new ExportGate(0, 2).overallLimit()).isEqualTo(1);
        assertThat(new ExportGate(0, 2).tryEnter("ani")).isPresent();
        assertThat(new ExportGate(4, 2).overallLimit()).isEqualTo(4);
    }
}
