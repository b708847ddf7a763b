package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The map data shipped with the product, loaded on first start (on in this context only: every other test keeps its
 * own fixture points). Its own context means its own fresh database, so "first start" is this context's start.
 */
@IntegrationTest
@TestPropertySource(properties = "app.territory.bundled-map-data=true")
class BundledMapDataTest {

    @Autowired BundledMapData bundle;
    @Autowired AreaService areas;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserService users;

    @Test
    void first_start_gives_every_village_centroid_and_every_regency_and_province_outline() {
        assertThat(count("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND lat IS NOT NULL AND lng IS NOT NULL"))
                .isEqualTo(83_403);
        assertThat(outlines("REGENCY")).isEqualTo(514);
        assertThat(outlines("PROVINCE")).isEqualTo(38);
        assertThat(count("SELECT COUNT(*) FROM bundled_data WHERE name = '" + BundledMapData.NAME + "'")).isEqualTo(1);
    }

    @Test
    void a_second_start_loads_nothing() {
        BundledMapData.Loaded again = bundle.load();

        assertThat(again.skipped()).isTrue();
        assertThat(again.centroids() + again.regencies() + again.provinces()).isZero();
        assertThat(count("SELECT COUNT(*) FROM area WHERE level = 'VILLAGE' AND lat IS NOT NULL")).isEqualTo(83_403);
    }

    @Test
    void loading_again_without_the_record_of_the_first_load_changes_nothing_already_there() {
        jdbc.update("UPDATE area SET lat = -2.5, lng = 104.5 WHERE code = '16.07.01.2001'");
        jdbc.update("DELETE FROM bundled_data");
        try {
            BundledMapData.Loaded again = bundle.load();

            assertThat(again.skipped()).isFalse();
            assertThat(again.centroids() + again.regencies() + again.provinces()).isZero();
            // a coordinate set by an import is never overwritten by the bundle
            assertThat(jdbc.queryForObject("SELECT lat FROM area WHERE code = '16.07.01.2001'", Double.class)).isEqualTo(-2.5);
        } finally {
            jdbc.update("INSERT IGNORE INTO bundled_data (name, loaded_at, rows_loaded) VALUES (?, NOW(), 0)", BundledMapData.NAME);
        }
    }

    @Test
    void a_database_an_operator_created_with_the_server_default_collation_still_loads() {
        // CREATE DATABASE without a collation takes the server's (Debian's: utf8mb4_general_ci), the tables say theirs
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        jdbc.execute("ALTER DATABASE `" + database + "` COLLATE utf8mb4_general_ci");
        jdbc.update("UPDATE area SET lat = NULL, lng = NULL WHERE code = '16.07.01.2001'");
        jdbc.update("DELETE FROM bundled_data");
        try {
            BundledMapData.Loaded again = bundle.load();

            assertThat(again.centroids()).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT lat IS NOT NULL FROM area WHERE code = '16.07.01.2001'", Boolean.class)).isTrue();
        } finally {
            jdbc.execute("ALTER DATABASE `" + database + "` COLLATE utf8mb4_unicode_ci");
            jdbc.update("INSERT IGNORE INTO bundled_data (name, loaded_at, rows_loaded) VALUES (?, NOW(), 0)", BundledMapData.NAME);
        }
    }

    @Test
    void the_map_draws_the_bundled_regency_outlines_of_a_province_at_once() {
        SignIn.as(users, "bundle.kakanwil", Role.REGIONAL_HEAD, "35");
        try {
            String geoJson = areas.regencyBoundaries(new BoundingBox(-11.5, 94.5, 6.5, 141.5), 6);

            // Jawa Timur has 38 regencies and cities
            assertThat(geoJson.split("\"type\":\"Feature\"", -1)).hasSize(38 + 1);
        } finally {
            SignIn.out();
        }
    }

    private long outlines(String level) {
        return count("SELECT COUNT(*) FROM area_boundary b JOIN area a ON a.code = b.area_code WHERE a.level = '" + level + "'");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
