package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OfficialAreaListTest {

    @Autowired AreaService areas;
    @Autowired OfficialAreaLoader loader;
    @Autowired JdbcTemplate jdbc;

    @Test
    void first_start_loads_the_whole_official_hierarchy() {
        assertThat(areas.countsByLevel()).containsEntry(AreaLevel.PROVINCE, 38L).containsEntry(AreaLevel.REGENCY, 514L)
                .containsEntry(AreaLevel.DISTRICT, 7_285L).containsEntry(AreaLevel.VILLAGE, 83_762L);
    }

    @Test
    void a_restart_neither_duplicates_nor_reimports() {
        loader.run(null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area", Long.class)).isEqualTo(38 + 514 + 7_285 + 83_762L);
    }

    @Test
    void every_area_points_at_its_parent_and_carries_its_kind_from_the_code() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level <> 'PROVINCE' AND parent_code IS NULL", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT kind FROM area WHERE code = '16.07.01.2001'", String.class)).isEqualTo("DESA");
        assertThat(jdbc.queryForObject("SELECT kind FROM area WHERE code = '35.78'", String.class)).isEqualTo("KOTA");
        assertThat(jdbc.queryForObject("SELECT kind FROM area WHERE code = '16.07'", String.class)).isEqualTo("KABUPATEN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND kind = 'KELURAHAN'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND kind IS NULL", Long.class)).isZero();
    }
}
