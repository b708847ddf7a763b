package id.bpjstk.desasadar.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.territory.DesignationCheck.Criterion;
import id.bpjstk.desasadar.territory.DesignationStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The score as a pure function: each component, its normalisation, the weights, and the reasons in words. */
class PriorityScoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final PriorityWeights ONLY = new PriorityWeights(1, 1, 1, 1, 1, 1, 0);

    /** A village that scores nothing on any component, to vary one thing at a time. */
    static VillageFacts quiet(String code) {
        return new VillageFacts(code, "Desa " + code, "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100,
                TODAY, List.of(), List.of(), "KC Palembang", true, 0.0);
    }

    static VillageFacts with(VillageFacts v, Integer potential, long enrolled, long active) {
        return new VillageFacts(v.code(), v.name(), v.districtName(), v.status(), v.lat(), v.lng(), potential, enrolled, active,
                v.lastHeld(), v.unmetCriteria(), v.sites(), v.office(), v.officeLocated(), v.distanceKm());
    }

    static VillagePriority find(List<VillagePriority> ranked, String code) {
        return ranked.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    static double value(VillagePriority p, PriorityComponent c) {
        return p.components().stream().filter(s -> s.component() == c).findFirst().orElseThrow().value();
    }

    static List<String> reasonKeys(VillagePriority p) {
        return p.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void unreached_potential_is_the_gap_relative_to_the_largest_gap_ranked() {
        var a = with(quiet("a"), 420, 35, 35);   // gap 385
        var b = with(quiet("b"), 200, 7, 7);     // gap 193
        var c = with(quiet("c"), null, 50, 50);  // no potential recorded: no gap
        var ranked = PriorityScore.rank(List.of(a, b, c), ONLY, TODAY);

        assertThat(value(find(ranked, "a"), PriorityComponent.UNREACHED)).isEqualTo(1.0);
        assertThat(value(find(ranked, "b"), PriorityComponent.UNREACHED)).isCloseTo(193 / 385.0, within(1e-9));
        assertThat(value(find(ranked, "c"), PriorityComponent.UNREACHED)).isZero();
        assertThat(find(ranked, "a").reasons()).contains(Reason.of("planning.reason.unreached", 420, 35L));
        assertThat(reasonKeys(find(ranked, "c"))).contains("planning.reason.no-potential");
    }

    @Test
    void lapsed_workers_are_the_enrolled_not_active_relative_to_the_most() {
        var a = with(quiet("a"), 100, 100, 88);  // 12 non-active
        var b = with(quiet("b"), 100, 100, 94);  // 6
        var ranked = PriorityScore.rank(List.of(a, b), ONLY, TODAY);

        assertThat(value(find(ranked, "a"), PriorityComponent.LAPSED)).isEqualTo(1.0);
        assertThat(value(find(ranked, "b"), PriorityComponent.LAPSED)).isEqualTo(0.5);
        assertThat(find(ranked, "a").reasons()).contains(Reason.of("planning.reason.lapsed", 12L));
    }

    @Test
    void time_since_the_last_held_event_fills_over_twelve_months_and_never_is_full() {
        var recent = quiet("recent");
        var nine = new VillageFacts("nine", "Nine", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100,
                TODAY.minusMonths(9), List.of(), List.of(), "KC", true, 0.0);
        var old = new VillageFacts("old", "Old", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100,
                TODAY.minusYears(3), List.of(), List.of(), "KC", true, 0.0);
        var never = new VillageFacts("never", "Never", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100,
                null, List.of(), List.of(), "KC", true, 0.0);
        var ranked = PriorityScore.rank(List.of(recent, nine, old, never), ONLY, TODAY);

        assertThat(value(find(ranked, "recent"), PriorityComponent.SINCE_LAST_EVENT)).isZero();
        assertThat(value(find(ranked, "nine"), PriorityComponent.SINCE_LAST_EVENT)).isEqualTo(0.75);
        assertThat(value(find(ranked, "old"), PriorityComponent.SINCE_LAST_EVENT)).isEqualTo(1.0);
        assertThat(value(find(ranked, "never"), PriorityComponent.SINCE_LAST_EVENT)).isEqualTo(1.0);
        assertThat(find(ranked, "nine").reasons()).contains(Reason.of("planning.reason.since-event", 9L));
        assertThat(reasonKeys(find(ranked, "never"))).contains("planning.reason.never-held");
    }

    @Test
    void unmet_criteria_count_out_of_four_and_a_designated_village_counts_none() {
        var unmet = List.of(Criterion.VILLAGE_STAFF_ENROLLED, Criterion.SOCIALIZATION_HELD);
        var candidate = new VillageFacts("cand", "Cand", "Kec", DesignationStatus.CANDIDATE, -2.9, 104.7, 100, 100, 100,
                TODAY, unmet, List.of(), "KC", true, 0.0);
        var designated = new VillageFacts("des", "Des", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100,
                TODAY, unmet, List.of(), "KC", true, 0.0);
        var ranked = PriorityScore.rank(List.of(candidate, designated), ONLY, TODAY);

        assertThat(value(find(ranked, "cand"), PriorityComponent.UNMET_CRITERIA)).isEqualTo(0.5);
        assertThat(value(find(ranked, "des"), PriorityComponent.UNMET_CRITERIA)).isZero();
        assertThat(find(ranked, "cand").reasons()).contains(Reason.of("planning.reason.criteria", new Reason.Labels(
                List.of("planning.criterion.VILLAGE_STAFF_ENROLLED", "planning.criterion.SOCIALIZATION_HELD"))));
        assertThat(reasonKeys(find(ranked, "des"))).contains("planning.reason.designated");
    }

    @Test
    void work_sites_count_relative_to_the_most_and_are_named_by_type() {
        var two = new VillageFacts("two", "Two", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(SiteType.PASAR, SiteType.PERKEBUNAN), "KC", true, 0.0);
        var four = new VillageFacts("four", "Four", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(SiteType.PASAR, SiteType.PASAR, SiteType.TPI, SiteType.PASAR), "KC", true, 0.0);
        var ranked = PriorityScore.rank(List.of(two, four, quiet("none")), ONLY, TODAY);

        assertThat(value(find(ranked, "four"), PriorityComponent.WORK_SITES)).isEqualTo(1.0);
        assertThat(value(find(ranked, "two"), PriorityComponent.WORK_SITES)).isEqualTo(0.5);
        assertThat(value(find(ranked, "none"), PriorityComponent.WORK_SITES)).isZero();
        assertThat(find(ranked, "two").reasons()).contains(Reason.of("planning.reason.sites", 2,
                new Reason.Labels(List.of("planning.site.PERKEBUNAN", "planning.site.PASAR"))));
    }

    @Test
    void nearness_to_the_office_is_one_at_the_office_and_zero_for_the_farthest_and_an_unlocated_office_scores_zero() {
        var at = new VillageFacts("at", "At", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(), "KC", true, 0.0);
        var mid = new VillageFacts("mid", "Mid", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(), "KC", true, 20.0);
        var far = new VillageFacts("far", "Far", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(), "KC", true, 40.0);
        var unlocated = new VillageFacts("unl", "Unl", "Kec", DesignationStatus.DESIGNATED, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(), "KCP Baru", false, null);
        var ranked = PriorityScore.rank(List.of(at, mid, far, unlocated), ONLY, TODAY);

        assertThat(value(find(ranked, "at"), PriorityComponent.NEAR_OFFICE)).isEqualTo(1.0);
        assertThat(value(find(ranked, "mid"), PriorityComponent.NEAR_OFFICE)).isEqualTo(0.5);
        assertThat(value(find(ranked, "far"), PriorityComponent.NEAR_OFFICE)).isZero();
        assertThat(value(find(ranked, "unl"), PriorityComponent.NEAR_OFFICE)).isZero();
        assertThat(find(ranked, "mid").reasons()).contains(Reason.of("planning.reason.distance", 20.0, "KC"));
        assertThat(find(ranked, "unl").reasons()).contains(Reason.of("planning.reason.office-unlocated", "KCP Baru"));
    }

    @Test
    void points_are_value_times_weight_and_the_score_is_their_sum() {
        var w = new PriorityWeights(30, 25, 15, 15, 10, 5, 0);
        var v = new VillageFacts("v", "V", "Kec", DesignationStatus.CANDIDATE, -2.9, 104.7, 420, 35, 23,
                TODAY.minusMonths(6), List.of(Criterion.VILLAGE_STAFF_ENROLLED), List.of(SiteType.PASAR), "KC", true, 10.0);
        var other = new VillageFacts("o", "O", "Kec", DesignationStatus.CANDIDATE, -2.9, 104.7, 100, 100, 100, TODAY,
                List.of(), List.of(), "KC", true, 20.0);
        var ranked = PriorityScore.rank(List.of(v, other), w, TODAY);
        VillagePriority p = find(ranked, "v");

        assertThat(p.points(PriorityComponent.UNREACHED)).isEqualTo(30.0);        // the largest gap
        assertThat(p.points(PriorityComponent.LAPSED)).isEqualTo(25.0);           // the most non-active
        assertThat(p.points(PriorityComponent.SINCE_LAST_EVENT)).isEqualTo(7.5);  // 6 of 12 months
        assertThat(p.points(PriorityComponent.UNMET_CRITERIA)).isEqualTo(3.75);   // 1 of 4
        assertThat(p.points(PriorityComponent.WORK_SITES)).isEqualTo(10.0);
        assertThat(p.points(PriorityComponent.NEAR_OFFICE)).isEqualTo(2.5);       // 10 of 20 km
        assertThat(p.score()).isEqualTo(78.75);
        assertThat(p.rank()).isEqualTo(1);
    }

    @Test
    void a_zero_weight_takes_its_component_out_of_the_ranking() {
        var gap = with(quiet("gap"), 500, 0, 0);
        var lapsed = with(quiet("lapsed"), 100, 100, 0);
        var potentialOnly = new PriorityWeights(1, 0, 0, 0, 0, 0, 0);
        var lapsedOnly = new PriorityWeights(0, 1, 0, 0, 0, 0, 0);

        assertThat(PriorityScore.rank(List.of(gap, lapsed), potentialOnly, TODAY).getFirst().code()).isEqualTo("gap");
        assertThat(PriorityScore.rank(List.of(gap, lapsed), lapsedOnly, TODAY).getFirst().code()).isEqualTo("lapsed");
    }

    @Test
    void ties_are_ranked_by_village_code_so_the_order_is_stable() {
        var ranked = PriorityScore.rank(List.of(quiet("16.07.02.2001"), quiet("16.07.01.2001")), ONLY, TODAY);

        assertThat(ranked).extracting(VillagePriority::code).containsExactly("16.07.01.2001", "16.07.02.2001");
        assertThat(ranked).extracting(VillagePriority::rank).containsExactly(1, 2);
    }

    @Test
    void great_circle_distance_from_palembang_to_surabaya_is_about_a_thousand_km() {
        assertThat(PriorityScore.km(-2.9761, 104.7754, -7.2575, 112.7521)).isCloseTo(1000, within(150.0));
    }

    @Test
    void a_reason_with_labels_reads_as_translated_words_joined() {
        var reason = Reason.of("planning.reason.sites", 2, new Reason.Labels(List.of("planning.site.PERKEBUNAN", "planning.site.PASAR")));

        String text = reason.text((key, params) -> switch (key) {
            case "planning.reason.sites" -> params[0] + " lokasi kerja: " + params[1];
            case "planning.site.PERKEBUNAN" -> "perkebunan";
            case "planning.site.PASAR" -> "pasar";
            default -> key;
        });

        assertThat(text).isEqualTo("2 lokasi kerja: perkebunan, pasar");
    }
}
