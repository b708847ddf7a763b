package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Tariffs as data: the V010 seed, and an administrator's rows (each test in its own far-future years). */
@IntegrationTest
class TariffServiceTest {

    @Autowired TariffService tariffs;
    @Autowired UserService users;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "tariff-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_seeded_minimum_band_costs_16800_without_jht_and_36800_with_it_since_july_2015() {
        assertThat(tariffs.contribution(YearMonth.of(2015, 7), 1_000_000, false).total()).isEqualTo(16_800);
        assertThat(tariffs.contribution(YearMonth.of(2026, 11), 1_000_000, true).total()).isEqualTo(36_800);
        assertThat(tariffs.bands(YearMonth.of(2015, 7))).contains(1_000_000L);
        assertViolation(() -> tariffs.contribution(YearMonth.of(2015, 6), 1_000_000, false), "tariff.error.none");
    }

    @Test
    void an_administrator_adds_a_band_and_a_discount_and_contributions_follow_at_once() {
        YearMonth from = YearMonth.of(2040, 1);
        tariffs.schedule(); // cached before the change: the change must still show
        tariffs.add(TariffRow.band(2_000_000, from, null, "Penghasilan Rp2 juta"));
        TariffRow discount = tariffs.add(TariffRow.discount(new BigDecimal("50"), Set.of(Programme.JKK, Programme.JKM),
                from.plusMonths(1), from.plusMonths(3), "Diskon uji"));

        assertThat(tariffs.bands(from)).contains(1_000_000L, 2_000_000L);
        assertThat(tariffs.contribution(from, 2_000_000, false).total()).isEqualTo(26_800);
        assertThat(tariffs.contribution(from.plusMonths(1), 2_000_000, false).total()).isEqualTo(13_400);
        assertThat(tariffs.contribution(from.plusMonths(4), 2_000_000, true).total()).isEqualTo(66_800);

        tariffs.end(discount.id(), from.plusMonths(1));
        assertThat(tariffs.contribution(from.plusMonths(2), 2_000_000, false).total()).isEqualTo(26_800);
        assertThat(tariffs.schedule().row(discount.id()).validTo()).isEqualTo(from.plusMonths(1));
    }

    @Test
    void clashing_or_backwards_rows_are_refused_and_nothing_is_saved() {
        int before = tariffs.schedule().rows().size();
        YearMonth from = YearMonth.of(2041, 1);

        assertViolation(() -> tariffs.add(TariffRow.jkkRate(new BigDecimal("1.5"), from, null, null)), "tariff.error.overlap");
        assertViolation(() -> tariffs.add(TariffRow.band(1_000_000, from, null, null)), "tariff.error.overlap");
        TariffRow band = tariffs.add(TariffRow.band(4_000_000, from, null, null));
        assertViolation(() -> tariffs.end(band.id(), from.minusMonths(1)), "tariff.error.period");

        assertThat(tariffs.schedule().rows()).hasSize(before + 1);
        assertThat(tariffs.schedule().row(band.id()).validTo()).isNull();
    }

    @Test
    void only_an_administrator_changes_tariffs() {
        SignIn.as(users, "tariff-coordinator", Role.COORDINATOR, "16.07");
        long seedBand = tariffs.schedule().rows().getFirst().id();

        assertThat(tariffs.contribution(YearMonth.of(2026, 11), 1_000_000, false).total()).isEqualTo(16_800);
        assertThatThrownBy(() -> tariffs.add(TariffRow.band(5_000_000, YearMonth.of(2042, 1), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tariffs.end(seedBand, YearMonth.of(2042, 1))).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertViolation(Executable action, String key) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
