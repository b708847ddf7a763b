package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contributions from tariff rows, across a discount window and with a second band. */
class TariffScheduleTest {

    static final YearMonth PP_44_2015 = YearMonth.of(2015, 7);

    /** The seed of V010, a Rp2 juta band, and a 50 % cut of JKK+JKM from August 2020 to January 2021. */
    static final TariffSchedule SCHEDULE = new TariffSchedule(List.of(
            TariffRow.band(1_000_000, PP_44_2015, null, null),
            TariffRow.band(2_000_000, YearMonth.of(2016, 1), null, null),
            TariffRow.jkkRate(new BigDecimal("1.00"), PP_44_2015, null, null),
            TariffRow.jkmAmount(6_800, PP_44_2015, null, null),
            TariffRow.jhtRate(new BigDecimal("2.00"), PP_44_2015, null, null),
            TariffRow.discount(new BigDecimal("50"), Set.of(Programme.JKK, Programme.JKM), YearMonth.of(2020, 8), YearMonth.of(2021, 1),
                    "Diskon 50% JKK dan JKM")));

    @ParameterizedTest(name = "{0}, band {1}, JHT {2}: jkk {3} jkm {4} jht {5} discount {6} total {7}")
    @CsvSource({
            // month,   band,      JHT,   jkk,    jkm,   jht,    discount, total
            "2020-07,  1000000,   false, 10000,  6800,  0,      0,        16800",
            "2020-07,  1000000,   true,  10000,  6800,  20000,  0,        36800",
            "2020-08,  1000000,   false, 10000,  6800,  0,      8400,     8400",
            "2020-08,  1000000,   true,  10000,  6800,  20000,  8400,     28400",
            "2021-01,  1000000,   false, 10000,  6800,  0,      8400,     8400",
            "2021-01,  1000000,   true,  10000,  6800,  20000,  8400,     28400",
            "2021-02,  1000000,   false, 10000,  6800,  0,      0,        16800",
            "2021-02,  1000000,   true,  10000,  6800,  20000,  0,        36800",
            "2020-07,  2000000,   false, 20000,  6800,  0,      0,        26800",
            "2020-07,  2000000,   true,  20000,  6800,  40000,  0,        66800",
            "2020-08,  2000000,   false, 20000,  6800,  0,      13400,    13400",
            "2020-08,  2000000,   true,  20000,  6800,  40000,  13400,    53400",
            "2021-02,  2000000,   true,  20000,  6800,  40000,  0,        66800",
    })
    void the_contribution_of_a_month_comes_from_the_rows_valid_in_that_month(YearMonth month, long band, boolean jht, long jkk,
                                                                            long jkm, long jhtAmount, long discount, long total) {
        assertThat(SCHEDULE.contribution(month, band, jht))
                .isEqualTo(new ContributionBreakdown(month, band, jkk, jkm, jhtAmount, discount, total));
    }

    @Test
    void each_line_is_rounded_half_up_to_a_whole_rupiah_and_the_lines_add_up() {
        var odd = SCHEDULE.with(TariffRow.band(1_234_550, PP_44_2015, null, null))
                .with(TariffRow.discount(new BigDecimal("33.33"), Set.of(Programme.JHT), YearMonth.of(2030, 1), null, null));

        // JKK 12,345.50 -> 12,346; JHT 24,691 -> 24,691; discount 33.33 % of 24,691 = 8,229.51 -> 8,230
        assertThat(odd.contribution(YearMonth.of(2030, 1), 1_234_550, true))
                .isEqualTo(new ContributionBreakdown(YearMonth.of(2030, 1), 1_234_550, 12_346, 6_800, 24_691, 8_230, 35_607));
    }

    @Test
    void a_band_not_valid_in_the_month_is_refused() {
        assertViolation(() -> SCHEDULE.contribution(YearMonth.of(2020, 7), 1_500_000, false), "tariff.error.unknown-band");
        assertViolation(() -> SCHEDULE.contribution(YearMonth.of(2015, 12), 2_000_000, false), "tariff.error.unknown-band");
        assertThat(SCHEDULE.bands(YearMonth.of(2015, 12))).containsExactly(1_000_000L);
        assertThat(SCHEDULE.bands(YearMonth.of(2016, 1))).containsExactly(1_000_000L, 2_000_000L);
    }

    @Test
    void a_month_without_tariff_rows_is_refused() {
        assertViolation(() -> SCHEDULE.contribution(YearMonth.of(2015, 6), 1_000_000, false), "tariff.error.none");
        var noJht = new TariffSchedule(SCHEDULE.rows().stream().filter(r -> r.kind() != TariffKind.JHT_RATE).toList());

        assertThat(noJht.contribution(YearMonth.of(2020, 7), 1_000_000, false).total()).isEqualTo(16_800);
        assertViolation(() -> noJht.contribution(YearMonth.of(2020, 7), 1_000_000, true), "tariff.error.none");
    }

    @Test
    void two_rows_for_the_same_thing_in_the_same_month_are_refused() {
        assertViolation(() -> SCHEDULE.with(TariffRow.jkkRate(new BigDecimal("1.5"), YearMonth.of(2030, 1), null, null)),
                "tariff.error.overlap");
        assertViolation(() -> SCHEDULE.with(TariffRow.band(2_000_000, YearMonth.of(2030, 1), null, null)), "tariff.error.overlap");
        assertViolation(() -> SCHEDULE.with(TariffRow.discount(BigDecimal.TEN, Set.of(Programme.JKM), YearMonth.of(2021, 1), null, null)),
                "tariff.error.overlap");

        // A discount on another programme, another band, or a rate after the old one ends: all fine.
        SCHEDULE.with(TariffRow.discount(BigDecimal.TEN, Set.of(Programme.JHT), YearMonth.of(2021, 1), null, null))
                .with(TariffRow.band(3_000_000, YearMonth.of(2030, 1), null, null));
        TariffRow oldJkk = SCHEDULE.rows().stream().filter(r -> r.kind() == TariffKind.JKK_RATE).findFirst().orElseThrow();
        var changed = new TariffSchedule(SCHEDULE.rows().stream().map(r -> r == oldJkk ? r.endingWith(YearMonth.of(2029, 12)) : r).toList())
                .with(TariffRow.jkkRate(new BigDecimal("1.5"), YearMonth.of(2030, 1), null, null));
        assertThat(changed.contribution(YearMonth.of(2029, 12), 1_000_000, false).jkk()).isEqualTo(10_000);
        assertThat(changed.contribution(YearMonth.of(2030, 1), 1_000_000, false).jkk()).isEqualTo(15_000);
    }

    @Test
    void negative_absurd_or_inconsistent_rows_are_refused() {
        YearMonth from = YearMonth.of(2030, 1);
        assertViolation(() -> TariffRow.band(-1, from, null, null), "tariff.error.amount");
        assertViolation(() -> TariffRow.band(TariffRow.MAX_BAND + 1, from, null, null), "tariff.error.amount");
        assertViolation(() -> TariffRow.jkmAmount(0, from, null, null), "tariff.error.amount");
        assertViolation(() -> TariffRow.jkkRate(BigDecimal.ZERO, from, null, null), "tariff.error.percent");
        assertViolation(() -> TariffRow.jhtRate(new BigDecimal("20"), from, null, null), "tariff.error.percent");
        assertViolation(() -> TariffRow.jkkRate(new BigDecimal("1.005"), from, null, null), "tariff.error.percent");
        assertViolation(() -> TariffRow.discount(new BigDecimal("101"), Set.of(Programme.JKK), from, null, null), "tariff.error.percent");
        assertViolation(() -> TariffRow.discount(BigDecimal.TEN, Set.of(), from, null, null), "tariff.error.programmes");
        assertViolation(() -> TariffRow.band(1_000_000, from, from.minusMonths(1), null), "tariff.error.period");
        assertViolation(() -> TariffRow.band(1_000_000, null, null, null), "tariff.error.required");
        assertViolation(() -> TariffRow.band(1_000_000, from, null, "x".repeat(TariffRow.NOTE_MAX + 1)), "tariff.error.note");
    }

    private static void assertViolation(Executable action, String key) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
