package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Active for a month when it or one of the two months before it is paid; around the three-month edge. */
class ActivityStateTest {

    static final YearMonth ENROLLED = YearMonth.of(2026, 1);

    @ParameterizedTest(name = "paid {0}, in {1}: active={2} since {3}")
    @CsvSource(delimiter = '|', value = {
            // paid months              | month   | active | status since
            "2026-03                    | 2026-03 | true   | 2026-03",
            "2026-03                    | 2026-04 | true   | 2026-03",
            "2026-03                    | 2026-05 | true   | 2026-03",
            "2026-03                    | 2026-06 | false  | 2026-06",
            "2026-03                    | 2026-09 | false  | 2026-06",
            "2026-01 2026-04            | 2026-04 | true   | 2026-01",
            "2026-01 2026-04            | 2026-06 | true   | 2026-01",
            "2026-01 2026-04            | 2026-07 | false  | 2026-07",
            "2026-01 2026-05            | 2026-05 | true   | 2026-05",
            "2026-01 2026-02 2026-06    | 2026-06 | true   | 2026-06",
            "2025-11 2025-12 2026-01    | 2026-03 | true   | 2025-11",
            "2025-11 2025-12 2026-01    | 2026-04 | false  | 2026-04",
            "-                          | 2026-02 | false  | 2026-01",
    })
    void a_worker_is_active_up_to_two_months_after_the_last_paid_month(String paid, YearMonth month, boolean active, YearMonth since) {
        List<YearMonth> paidMonths = months(paid);
        ActivityState state = ActivityState.of(paidMonths);

        assertThat(state.activeIn(month)).isEqualTo(active);
        assertThat(ActivityState.activeIn(paidMonths, month)).isEqualTo(active);
        assertThat(state.statusSince(month, ENROLLED)).isEqualTo(since);
    }

    @Test
    void a_back_filled_month_joins_two_runs() {
        ActivityState before = ActivityState.of(months("2026-01 2026-07"));
        ActivityState after = ActivityState.of(months("2026-01 2026-07 2026-04"));

        assertThat(before).isEqualTo(new ActivityState(YearMonth.of(2026, 7), YearMonth.of(2026, 7)));
        assertThat(after).isEqualTo(new ActivityState(YearMonth.of(2026, 7), YearMonth.of(2026, 1)));
        assertThat(after.statusSince(YearMonth.of(2026, 8), ENROLLED)).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void the_stored_columns_answer_like_the_rule_for_every_month_of_the_current_run_and_after() {
        for (String paid : List.of("2026-03", "2026-01 2026-04", "2025-06 2025-09 2025-12 2026-04 2026-05", "2025-01 2026-01")) {
            List<YearMonth> paidMonths = months(paid);
            ActivityState state = ActivityState.of(paidMonths);
            for (YearMonth m = state.activeFrom(); !m.isAfter(state.paidThrough().plusMonths(6)); m = m.plusMonths(1)) {
                boolean bySql = !state.paidThrough().isBefore(ActivityState.minimumPaidThrough(m));
                assertThat(state.activeIn(m)).as(paid + " in " + m).isEqualTo(ActivityState.activeIn(paidMonths, m)).isEqualTo(bySql);
            }
        }
    }

    @Test
    void a_worker_who_never_paid_is_non_active_since_enrollment() {
        assertThat(ActivityState.of(List.of())).isEqualTo(ActivityState.NEVER_PAID);
        assertThat(ActivityState.NEVER_PAID.activeIn(ENROLLED)).isFalse();
        assertThat(ActivityState.NEVER_PAID.statusSince(ENROLLED.plusMonths(5), ENROLLED)).isEqualTo(ENROLLED);
    }

    private static List<YearMonth> months(String list) {
        return list == null || list.equals("-") ? List.of() : Arrays.stream(list.trim().split("\\s+")).map(YearMonth::parse).toList();
    }
}
