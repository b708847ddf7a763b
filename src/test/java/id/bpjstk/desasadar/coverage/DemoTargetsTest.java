package id.bpjstk.desasadar.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's targets: the public figures, this year's for the demo provinces and their regencies, all illustrative. */
@IntegrationTest
class DemoTargetsTest {

    @Autowired TargetService targets;
    @Autowired TargetRepository repository;
    @Autowired OfficeService offices;
    @Autowired UserService users;
    @Autowired AreaDirectory areas;
    @Autowired Clock clock;

    @BeforeEach
    void offices() {
        repository.deleteAll();
        SignIn.as(users, "demo-targets-admin", Role.ADMIN, AreaScope.NATIONAL);
        if (offices.idOf("KW-JATIM").isEmpty()) {
            offices.save(null, "KW-JATIM", "Kanwil Jawa Timur", OfficeKind.KANWIL, List.of("35"), OfficeView.NEW);
        }
        if (offices.idOf("KW-SUMBAGSEL").isEmpty()) {
            offices.save(null, "KW-SUMBAGSEL", "Kanwil Sumbagsel", OfficeKind.KANWIL, List.of("16"), OfficeView.NEW);
        }
    }

    @AfterEach
    void cleanUp() {
        repository.deleteAll();
        SignIn.out();
    }

    @Test
    void the_demo_carries_the_public_figures_and_this_years_targets_and_a_restart_adds_nothing() {
        var demo = new DemoTargets(targets, offices, users, areas, clock);
        demo.create();
        int afterFirst = targets.list(null).size();
        demo.create();

        assertThat(targets.list(null)).hasSize(afterFirst);
        TargetOwner jatim = TargetOwner.office(offices.idOf("KW-JATIM").orElseThrow());
        assertThat(targets.find(2019, jatim, TargetMeasure.NEW_PARTICIPANTS)).get()
                .satisfies(t -> assertThat(t.value()).isEqualTo(411_156L))
                .satisfies(t -> assertThat(t.illustrative()).isTrue());
        assertThat(targets.find(2019, jatim, TargetMeasure.CONTRIBUTIONS_RP)).get().extracting(TargetView::value)
                .isEqualTo(6_200_000_000_000L);
        assertThat(targets.find(2019, TargetOwner.office(offices.idOf("KW-SUMBAGSEL").orElseThrow()), TargetMeasure.ACTIVE_PARTICIPANTS))
                .get().extracting(TargetView::value).isEqualTo(1_000_000L);

        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        List<TargetView> thisYear = targets.list(year);
        // 17 regencies of Sumatera Selatan and 38 of Jawa Timur, plus the two provinces, five measures each
        assertThat(thisYear).hasSize((17 + 38 + 2) * 5).allMatch(TargetView::illustrative);
        long regencySum = thisYear.stream().filter(t -> t.ownerCode().startsWith("35.") && t.measure() == TargetMeasure.NEW_PARTICIPANTS)
                .mapToLong(TargetView::value).sum();
        assertThat(targets.find(year, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS)).get()
                .extracting(TargetView::value).isEqualTo(regencySum);
        assertThat(targets.forArea("35.78.01.1001", year)).hasSize(5).allMatch(t -> t.basis() == AreaTarget.Basis.REGENCY);
        assertThat(targets.expected(TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(year, 12)))
                .hasValue(regencySum);
    }
}
