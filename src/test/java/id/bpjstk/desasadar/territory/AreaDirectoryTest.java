package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The area list as other features read it: names, levels and lineage of codes in bulk, without a signed-in user
 * (reference data, not cut to a scope).
 */
@IntegrationTest
class AreaDirectoryTest {

    @Autowired AreaDirectory areas;

    @Test
    void names_and_levels_of_a_set_of_codes_leave_unknown_codes_out() {
        Map<String, String> names = areas.names(List.of("16.07.01.2001", "16.07", "99.99"));

        assertThat(names).containsOnly(Map.entry("16.07.01.2001", "Sungai Rebo"), Map.entry("16.07", "Kabupaten Banyuasin"));
        assertThat(areas.level("16.07.01")).contains(AreaLevel.DISTRICT);
        assertThat(areas.level("99.99")).isEmpty();
        assertThat(areas.exists("16")).isTrue();
        assertThat(areas.exists("16.99.99.9999")).isFalse();
        assertThat(areas.name("16")).isEqualTo("Sumatera Selatan");
    }

    @Test
    void a_bulk_read_beyond_one_statement_answers_every_known_code() {
        Set<String> villages = areas.codes(EnumSet.of(AreaLevel.VILLAGE), code -> code.startsWith("35."));
        assertThat(villages).hasSizeGreaterThan(2 * AreaDirectory.CHUNK).allMatch(code -> code.length() == 13);
        List<String> asked = new ArrayList<>(villages);
        asked.add("35.99.99.9999");

        Map<String, AreaEntry> found = areas.existing(asked);

        assertThat(found.keySet()).isEqualTo(villages);
        assertThat(found.values()).allMatch(a -> a.level() == AreaLevel.VILLAGE && !a.name().isBlank());
    }

    @Test
    void children_descend_one_level_and_the_provinces_are_the_children_of_the_country() {
        assertThat(areas.children("")).allMatch(a -> a.level() == AreaLevel.PROVINCE)
                .contains(new AreaEntry("16", "Sumatera Selatan", AreaLevel.PROVINCE));
        assertThat(areas.children("16.07")).isNotEmpty().allMatch(a -> a.level() == AreaLevel.DISTRICT && a.code().startsWith("16.07."))
                .contains(new AreaEntry("16.07.01", "Banyuasin I", AreaLevel.DISTRICT));
    }

    @Test
    void areas_of_levels_within_an_area_include_the_area_itself_first() {
        List<AreaEntry> within = areas.atLevels(EnumSet.of(AreaLevel.REGENCY, AreaLevel.DISTRICT), "16.07");

        assertThat(within.getFirst().code()).isEqualTo("16.07");
        assertThat(within.subList(1, within.size())).isNotEmpty()
                .allMatch(a -> a.level() == AreaLevel.DISTRICT && a.code().startsWith("16.07."));
        assertThat(areas.atLevels(EnumSet.of(AreaLevel.PROVINCE), null)).extracting(AreaEntry::code).contains("16", "35")
                .isSorted();
    }

    @Test
    void the_villages_of_each_regency_add_up_to_the_villages_of_the_province() {
        Map<String, Long> perRegency = areas.villagesPerRegency("16");
        Set<String> villages = areas.codes(EnumSet.of(AreaLevel.VILLAGE), code -> code.startsWith("16."));

        assertThat(perRegency.keySet()).allMatch(code -> code.startsWith("16.") && code.length() == 5).contains("16.07");
        assertThat(perRegency.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(villages.size());
    }

    @Test
    void every_village_has_a_centre_even_without_a_centroid_of_its_own() {
        double[] nowhere = {0, 0};
        Map<String, double[]> centres = areas.villageCentres(nowhere);

        Set<String> villages = areas.codes(EnumSet.of(AreaLevel.VILLAGE), code -> true);
        // a hash set's own containsAll: AssertJ's compares every element with every other (83,000² comparisons, minutes)
        assertThat(centres.keySet().containsAll(villages)).as("a centre for each of the %d villages", villages.size()).isTrue();
        assertThat(centres.values()).doesNotContainNull();
    }
}
