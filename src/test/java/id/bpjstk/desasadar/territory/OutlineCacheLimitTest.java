package id.bpjstk.desasadar.territory;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, item 3: one user cannot fill the server's memory with outline caches by sending zoom levels. Zoom is
 * clamped to the map's range and every outline cache has a size limit.
 */
@IntegrationTest
class OutlineCacheLimitTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final BoundingBox INDONESIA = new BoundingBox(-11, 94, 6, 141);

    @Autowired BoundaryStore store;
    @Autowired RegencyBoundaryLayer regencyLayer;
    @Autowired AreaOverviewService overview;
    @Autowired UserService users;
    @Autowired id.bpjstk.desasadar.base.cache.LocalCaches caches;

    @BeforeEach
    void banyuasinHasAnOutline() {
        store.save("16.07", GEOMETRY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {GEOMETRY.createPolygon(new Coordinate[] {
                new Coordinate(104.5, -3.0), new Coordinate(105.0, -3.0), new Coordinate(105.0, -2.5), new Coordinate(104.5, -3.0)})}));
        store.save("16", GEOMETRY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {GEOMETRY.createPolygon(new Coordinate[] {
                new Coordinate(102.0, -5.0), new Coordinate(106.0, -5.0), new Coordinate(106.0, -1.5), new Coordinate(102.0, -5.0)})}));
        caches.invalidateAll();
        SignIn.as(users, "cache-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void ten_thousand_distinct_zooms_for_the_regency_outlines_leave_the_cache_within_the_map_zoom_range() {
        AreaScope national = new AreaScope(java.util.List.of(AreaScope.NATIONAL));
        for (int zoom = -5_000; zoom < 5_000; zoom++) {
            regencyLayer.geoJson(national, INDONESIA, zoom);
        }

        int zooms = RegencyBoundaryLayer.MAX_ZOOM - RegencyBoundaryLayer.MIN_ZOOM + 1;
        assertThat(regencyLayer.cachedOutlines()).isEqualTo(zooms);
    }

    @Test
    void ten_thousand_distinct_zooms_for_an_area_overview_leave_its_cache_within_the_map_zoom_range() {
        var banyuasin = store.of(java.util.List.of("16.07")).getFirst();
        for (int zoom = -5_000; zoom < 5_000; zoom++) {
            overview.outline(banyuasin, zoom);
        }

        int zooms = RegencyBoundaryLayer.MAX_ZOOM - RegencyBoundaryLayer.MIN_ZOOM + 1;
        assertThat(overview.cachedOutlines()).isLessThanOrEqualTo(zooms);
    }

    @Test
    void ten_thousand_distinct_areas_leave_the_area_overview_cache_at_its_limit() {
        var banyuasin = store.of(java.util.List.of("16.07")).getFirst();
        for (int i = 0; i < 10_000; i++) {
            overview.outline(new BoundaryStore.StoredBoundary("16.07." + i, "Area " + i, banyuasin.geometry()), 12);
        }

        assertThat(overview.cachedOutlines()).isEqualTo(AreaOverviewService.CACHE_LIMIT);
    }
}
