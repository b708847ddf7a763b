package id.bpjstk.desasadar.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Targets: who may read and write them, every refusal, the phasing and the lookup for an area. */
@IntegrationTest
class TargetServiceTest {

    static final int YEAR = 2040;

    @Autowired TargetService targets;
    @Autowired TargetRepository repository;
    @Autowired OfficeService offices;
    @Autowired UserService users;

    long surabayaOffice;

    @BeforeEach
    void cleanSlate() {
        repository.deleteAll();
        asAdmin();
        surabayaOffice = offices.idOf("KC-TGT-SBY").orElseGet(() -> offices.save(null, "KC-TGT-SBY", "Kantor Cabang Uji Surabaya",
                OfficeKind.KANTOR_CABANG, List.of("35.78"), OfficeView.NEW).id());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_administrator_stores_a_target_and_reads_it_back_with_its_owner_name() {
        TargetView stored = targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 411_156L));

        assertThat(targets.find(stored.id())).get().satisfies(t -> {
            assertThat(t.ownerName()).isEqualTo("Jawa Timur");
            assertThat(t.value()).isEqualTo(411_156L);
            assertThat(t.phasing().kind()).isEqualTo(TargetPhasing.Kind.LINEAR);
        });
        assertThat(targets.years()).contains(YEAR);
    }

    @Test
    void a_second_target_for_the_same_year_owner_and_measure_is_refused_and_the_first_is_unchanged() {
        targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 100L));

        assertThatThrownBy(() -> targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 50L)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("target.error.duplicate");
                    assertThat(v.args()).containsExactly(String.valueOf(YEAR), "35", "NEW_PARTICIPANTS");
                });
        assertThat(targets.list(YEAR)).singleElement().extracting(TargetView::value).isEqualTo(100L);
    }

    @Test
    void the_same_office_target_twice_is_refused_too() {
        targets.create(new TargetDraft(YEAR, TargetOwner.office(surabayaOffice), TargetMeasure.AGENTS_RECRUITED, 10L, null, false, null));

        assertRefused(new TargetDraft(YEAR, TargetOwner.office(surabayaOffice), TargetMeasure.AGENTS_RECRUITED, 12L, null, false, null),
                "target.error.duplicate");
    }

    @Test
    void the_same_owner_and_measure_in_another_year_or_another_measure_is_a_new_target() {
        targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 100L));
        targets.create(draft("35", TargetMeasure.ACTIVE_PARTICIPANTS, 100L));
        targets.create(new TargetDraft(YEAR + 1, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS, 100L, null, false, null));

        assertThat(targets.list(null)).hasSize(3);
    }

    @Test
    void unknown_areas_districts_and_unknown_offices_are_refused() {
        assertRefused(draft("99.99", TargetMeasure.NEW_PARTICIPANTS, 1L), "area.error.unknown-code");
        assertRefused(draft("35.78.01", TargetMeasure.NEW_PARTICIPANTS, 1L), "target.error.area-level");
        assertRefused(new TargetDraft(YEAR, TargetOwner.office(987_654L), TargetMeasure.NEW_PARTICIPANTS, 1L, null, false, null),
                "target.error.unknown-office");
        assertRefused(new TargetDraft(YEAR, null, TargetMeasure.NEW_PARTICIPANTS, 1L, null, false, null), "target.error.owner");
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void negative_or_missing_values_years_out_of_range_and_long_notes_are_refused() {
        assertRefused(draft("35", TargetMeasure.NEW_PARTICIPANTS, -1L), "target.error.value-negative");
        assertRefused(draft("35", TargetMeasure.NEW_PARTICIPANTS, null), "target.error.value-missing");
        assertRefused(draft("35", null, 1L), "target.error.measure");
        assertRefused(new TargetDraft(1999, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS, 1L, null, false, null),
                "target.error.year");
        assertRefused(new TargetDraft(YEAR, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS, 1L, null, false, "x".repeat(301)),
                "target.error.note");
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void a_phasing_needs_twelve_sensible_months() {
        assertRefused(phased(TargetPhasing.Kind.SHARES, 1200, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), "target.error.phasing-count");
        assertRefused(phased(TargetPhasing.Kind.SHARES, 1200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "target.error.phasing-zero");
        assertRefused(phased(TargetPhasing.Kind.SHARES, 1200, -1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), "target.error.phasing-negative");
        assertRefused(phased(TargetPhasing.Kind.CUMULATIVE, 1200, 100, 200, 150, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200),
                "target.error.phasing-decreasing");
        assertRefused(phased(TargetPhasing.Kind.CUMULATIVE, 1200, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1150),
                "target.error.phasing-total");
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void the_expected_part_follows_the_phasing_linear_by_default() {
        TargetOwner jatim = TargetOwner.area("35");
        TargetOwner surabaya = TargetOwner.area("35.78");
        TargetOwner banyuasin = TargetOwner.area("16.07");
        targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 1200L));
        targets.create(phased(TargetPhasing.Kind.SHARES, 1000, 0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0).withOwner(surabaya));
        targets.create(phased(TargetPhasing.Kind.CUMULATIVE, 1200, 0, 0, 100, 200, 300, 400, 500, 600, 700, 800, 1000, 1200)
                .withOwner(banyuasin));

        assertThat(targets.expected(jatim, TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR, 3))).hasValue(300);
        assertThat(targets.expected(jatim, TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR, 12))).hasValue(1200);
        assertThat(targets.expected(surabaya, TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR, 2))).hasValue(0);
        assertThat(targets.expected(surabaya, TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR, 4))).hasValue(222);
        assertThat(targets.expected(banyuasin, TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR, 11))).hasValue(1000);
        assertThat(targets.expected(jatim, TargetMeasure.ACTIVE_PARTICIPANTS, YearMonth.of(YEAR, 3))).isEmpty();
        assertThat(targets.expected(jatim, TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR + 1, 3))).isEmpty();
    }

    @Test
    void the_targets_of_many_areas_are_read_at_once_phased_to_the_period_and_cut_to_the_readers_scope() {
        targets.create(draft("35.78", TargetMeasure.NEW_PARTICIPANTS, 1200L));
        targets.create(draft("16.07", TargetMeasure.NEW_PARTICIPANTS, 2400L));
        targets.create(draft("35.78", TargetMeasure.ACTIVE_PARTICIPANTS, 500L));
        CoveragePeriod secondQuarter = CoveragePeriod.quarter(YEAR, 2);
        List<String> codes = List.of("35.78", "35.07", "16.07");

        assertThat(targets.forPeriods(codes, TargetMeasure.NEW_PARTICIPANTS, secondQuarter))
                .containsOnly(org.assertj.core.api.Assertions.entry("35.78", 300L), org.assertj.core.api.Assertions.entry("16.07", 600L));
        for (String code : codes) { // the same as asking one by one
            assertThat(targets.forPeriods(codes, TargetMeasure.NEW_PARTICIPANTS, secondQuarter).get(code))
                    .isEqualTo(targets.forPeriod(code, TargetMeasure.NEW_PARTICIPANTS, secondQuarter));
        }
        // a stock is what is due by the period's end, not the period's share
        assertThat(targets.forPeriods(codes, TargetMeasure.ACTIVE_PARTICIPANTS, secondQuarter)).containsOnly(org.assertj.core.api.Assertions.entry("35.78", 250L));
        assertThat(targets.forPeriods(codes, TargetMeasure.NEW_PARTICIPANTS,
                new CoveragePeriod(YearMonth.of(YEAR, 12), YearMonth.of(YEAR + 1, 1)))).isEmpty();

        SignIn.as(users, "target-head-35", Role.REGIONAL_HEAD, "35");
        assertThat(targets.forPeriods(codes, TargetMeasure.NEW_PARTICIPANTS, secondQuarter)).containsOnlyKeys("35.78");
        SignIn.as(users, "target-partner-3578", Role.PARTNER, "35.78");
        assertThat(targets.forPeriods(codes, TargetMeasure.NEW_PARTICIPANTS, secondQuarter)).isEmpty();
    }

    @Test
    void only_an_administrator_creates_edits_deletes_or_imports() {
        TargetView stored = targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 100L));
        SignIn.as(users, "target-head-35", Role.REGIONAL_HEAD, "35");

        assertThatThrownBy(() -> targets.create(draft("35", TargetMeasure.ACTIVE_PARTICIPANTS, 1L))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.update(stored.id(), stored.draft(), stored.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.delete(stored.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.importFile(java.nio.file.Path.of("x.csv"), id.bpjstk.desasadar.base.io.Progress.NONE, () -> false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readers_see_the_targets_of_their_areas_and_offices_and_partners_none() {
        targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 1L));
        targets.create(draft("35.78", TargetMeasure.NEW_PARTICIPANTS, 1L));
        targets.create(draft("16", TargetMeasure.NEW_PARTICIPANTS, 1L));
        targets.create(draft("16.07", TargetMeasure.NEW_PARTICIPANTS, 1L));
        targets.create(draft("16.71", TargetMeasure.NEW_PARTICIPANTS, 1L));
        targets.create(new TargetDraft(YEAR, TargetOwner.office(surabayaOffice), TargetMeasure.NEW_PARTICIPANTS, 1L, null, false, null));

        SignIn.as(users, "target-head-35", Role.REGIONAL_HEAD, "35");
        assertThat(owners()).containsExactlyInAnyOrder("35", "35.78", "KC-TGT-SBY");

        // a coordinator of a regency reads its own target and the province's it is measured against, not a neighbour's
        SignIn.as(users, "target-coord-1607", Role.COORDINATOR, "16.07");
        assertThat(owners()).containsExactlyInAnyOrder("16", "16.07");

        SignIn.as(users, "target-partner-3578", Role.PARTNER, "35.78");
        assertThat(targets.list(null)).isEmpty();
        assertThat(targets.expected(TargetOwner.area("35.78"), TargetMeasure.NEW_PARTICIPANTS, YearMonth.of(YEAR, 6))).isEmpty();

        SignIn.out();
        assertThat(targets.list(null)).isEmpty();
    }

    @Test
    void an_area_gets_its_own_target_else_its_regency_or_province_target_and_says_which() {
        targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 1000L));
        targets.create(draft("35", TargetMeasure.ACTIVE_PARTICIPANTS, 2000L));
        targets.create(draft("35.78", TargetMeasure.NEW_PARTICIPANTS, 100L));

        assertThat(targets.forArea("35.78", YEAR)).extracting(t -> t.measure() + " " + t.basis() + " " + t.target().value())
                .containsExactly("NEW_PARTICIPANTS OWN 100", "ACTIVE_PARTICIPANTS PROVINCE 2000");
        assertThat(targets.forArea("35.15", YEAR)).extracting(t -> t.measure() + " " + t.basis())
                .containsExactly("NEW_PARTICIPANTS PROVINCE", "ACTIVE_PARTICIPANTS PROVINCE");
        assertThat(targets.forArea("35.78.01.1001", YEAR)).extracting(t -> t.measure() + " " + t.basis())
                .containsExactly("NEW_PARTICIPANTS REGENCY", "ACTIVE_PARTICIPANTS PROVINCE");
        assertThat(targets.forArea("35", YEAR)).extracting(AreaTarget::basis).containsOnly(AreaTarget.Basis.OWN);
        assertThat(targets.forArea("16.07", YEAR)).isEmpty();

        SignIn.as(users, "target-coord-1607", Role.COORDINATOR, "16.07");
        assertThat(targets.forArea("35.78", YEAR)).isEmpty();
    }

    @Test
    void an_edit_keeps_its_own_key_refuses_another_targets_key_and_a_stale_version() {
        TargetView a = targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 100L));
        targets.create(draft("35", TargetMeasure.ACTIVE_PARTICIPANTS, 100L));

        TargetView edited = targets.update(a.id(), draft("35", TargetMeasure.NEW_PARTICIPANTS, 150L), a.version());
        assertThat(edited.value()).isEqualTo(150L);
        assertThatThrownBy(() -> targets.update(a.id(), draft("35", TargetMeasure.ACTIVE_PARTICIPANTS, 1L), edited.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("target.error.duplicate"));
        assertThatThrownBy(() -> targets.update(a.id(), draft("35", TargetMeasure.NEW_PARTICIPANTS, 1L), a.version()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("target.error.conflict"));
    }

    @Test
    void a_deleted_target_is_gone_and_may_be_entered_again() {
        TargetView a = targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 100L));

        targets.delete(a.id());

        assertThat(targets.find(a.id())).isEmpty();
        assertThat(targets.create(draft("35", TargetMeasure.NEW_PARTICIPANTS, 90L)).value()).isEqualTo(90L);
    }

    private void asAdmin() {
        SignIn.as(users, "target-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    private List<String> owners() {
        return targets.list(YEAR).stream().map(TargetView::ownerCode).toList();
    }

    private void assertRefused(TargetDraft draft, String key) {
        assertThatThrownBy(() -> targets.create(draft))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    private static TargetDraft draft(String area, TargetMeasure measure, Long value) {
        return new TargetDraft(YEAR, TargetOwner.area(area), measure, value, null, false, null);
    }

    private static Phased phased(TargetPhasing.Kind kind, long value, int... months) {
        return new Phased(new TargetDraft(YEAR, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS, value,
                new TargetPhasing(kind, java.util.Arrays.stream(months).mapToObj(BigDecimal::valueOf).toList()), false, null));
    }

    /** A phased draft, for a chosen owner. */
    private record Phased(TargetDraft draft) {
        TargetDraft withOwner(TargetOwner owner) {
            return new TargetDraft(draft.year(), owner, draft.measure(), draft.value(), draft.phasing(), false, null);
        }
    }

    private void assertRefused(Phased phased, String key) {
        assertRefused(phased.draft(), key);
    }
}
