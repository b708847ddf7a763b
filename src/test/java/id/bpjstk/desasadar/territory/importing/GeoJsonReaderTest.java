package id.bpjstk.desasadar.territory.importing;

import static id.bpjstk.desasadar.territory.importing.CoordinateFormat.GEOJSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import id.bpjstk.desasadar.territory.importing.RecordingSink.Rejection;

class GeoJsonReaderTest {

    private static RecordingSink fixture;

    @BeforeAll
    static void readFixture() {
        fixture = RecordingSink.readResource(GEOJSON, "boundaries.geojson");
    }

    @Test
    void polygon_with_a_hole_keeps_the_hole_and_the_centroid_properties() {
        ParsedArea row = fixture.accepted("35.09.01.2001");

        assertThat(row.rowNumber()).isEqualTo(1);
        assertThat(row.lat()).isEqualTo(-8.25);
        assertThat(row.lng()).isEqualTo(113.35);
        Polygon polygon = RecordingSink.boundaryAs(Polygon.class, row);
        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getSRID()).isEqualTo(4326);
        // GeoJSON is [lng, lat] and JTS x is longitude
        assertThat(polygon.getExteriorRing().getCoordinateN(0).x).isEqualTo(113.30);
        assertThat(polygon.getExteriorRing().getCoordinateN(0).y).isEqualTo(-8.20);
    }

    @Test
    void multipolygon_without_centroid_properties_is_accepted_with_null_lat_lng() {
        ParsedArea row = fixture.accepted("35.09.01.2002");

        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.lat()).isNull();
        assertThat(row.lng()).isNull();
        assertThat(RecordingSink.boundaryAs(MultiPolygon.class, row).getNumGeometries()).isEqualTo(2);
    }

    @Test
    void only_the_two_good_features_are_accepted() {
        assertThat(fixture.accepted).extracting(ParsedArea::code).containsExactly("35.09.01.2001", "35.09.01.2002");
        assertThat(fixture.rejected).hasSize(8);
    }

    @Test
    void unclosed_ring_rejects_the_whole_row() {
        assertThat(fixture.rejected("35.09.01.2003")).isEqualTo(new Rejection(3, "35.09.01.2003",
                "ring 1 is not closed (its first and last positions differ)"));
    }

    @Test
    void coordinate_outside_indonesia_rejects_the_whole_row() {
        assertThat(fixture.rejected("35.09.01.2004").reason())
                .isEqualTo("boundary longitude 150.4 is outside Indonesia (94 to 142)");
    }

    @Test
    void point_geometry_is_rejected() {
        assertThat(fixture.rejected("35.09.01.2005").reason())
                .isEqualTo("geometry type Point is not supported (only Polygon and MultiPolygon)");
    }

    @Test
    void null_geometry_is_rejected_even_with_a_centroid() {
        assertThat(fixture.rejected("35.09.01.2006")).isEqualTo(
                new Rejection(6, "35.09.01.2006", "feature geometry is null"));
    }

    @Test
    void ring_with_fewer_than_four_positions_is_rejected() {
        assertThat(fixture.rejected("35.09.01.2007").reason())
                .isEqualTo("ring 1 has 3 positions (a closed ring needs at least 4)");
    }

    @Test
    void a_zero_area_three_position_hole_is_dropped_and_the_polygon_kept() {
        String json = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"96.01"},
                 "geometry":{"type":"Polygon","coordinates":[
                   [[131.0,-1.0],[131.2,-1.0],[131.2,-0.8],[131.0,-0.8],[131.0,-1.0]],
                   [[131.1,-0.9],[131.15,-0.9],[131.1,-0.9]]]}}]}""";
        RecordingSink sink = RecordingSink.readText(GEOJSON, json);

        assertThat(sink.rejected).isEmpty();
        assertThat(RecordingSink.boundaryAs(Polygon.class, sink.accepted("96.01")).getNumInteriorRing()).isZero();
    }

    @Test
    void malformed_code_is_rejected() {
        assertThat(fixture.rejected("35.9").rowNumber()).isEqualTo(8);
    }

    @Test
    void centroid_property_outside_indonesia_rejects_the_whole_row() {
        assertThat(fixture.rejected("35.09.01.2009").reason())
                .isEqualTo("latitude 60 is outside Indonesia (-11.1 to 6.1)");
    }

    @Test
    void coordinate_given_as_a_string_is_rejected() {
        assertThat(fixture.rejected("35.09.01.2010").reason())
                .isEqualTo("boundary has a non-numeric coordinate \"113.40\"");
    }

    @Test
    void a_single_feature_is_not_a_feature_collection() {
        assertThatThrownBy(() -> RecordingSink.readResource(GEOJSON, "not-a-collection.geojson"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("not a GeoJSON FeatureCollection");
    }

    @Test
    void a_top_level_array_is_not_a_feature_collection() {
        assertThatThrownBy(() -> RecordingSink.readText(GEOJSON, "[1,2,3]"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("not a GeoJSON FeatureCollection");
    }

    @Test
    void truncated_file_is_a_whole_file_problem() {
        String truncated = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"35\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.3,-8.2],[113.4";

        assertThatThrownBy(() -> RecordingSink.readText(GEOJSON, truncated))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("malformed or truncated");
    }

    @Test
    void features_before_the_type_member_are_still_read() {
        String json = "{\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"35\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.3,-8.2],[113.4,-8.2],[113.4,-8.3],[113.3,-8.2]]]}}],"
                + "\"type\":\"FeatureCollection\"}";

        assertThat(RecordingSink.readText(GEOJSON, json).accepted).extracting(ParsedArea::code).containsExactly("35");
    }

    @Test
    void missing_type_member_is_a_whole_file_problem() {
        assertThatThrownBy(() -> RecordingSink.readText(GEOJSON, "{\"features\":[]}"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("not a GeoJSON FeatureCollection");
    }

    @Test
    void feature_without_geometry_or_properties_is_rejected_with_what_is_missing() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"35\"}},"
                + "{\"type\":\"Feature\",\"geometry\":null},"
                + "42]}";

        RecordingSink sink = RecordingSink.readText(GEOJSON, json);

        assertThat(sink.rejected).containsExactly(
                new Rejection(1, "35", "feature has no geometry"),
                new Rejection(2, null, "code is missing"),
                new Rejection(3, null, "feature is not a JSON object"));
    }

    @Test
    void exceptions_thrown_by_the_sink_reach_the_caller_unchanged() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{}}]}";
        AreaRowSink failing = new AreaRowSink() {
            @Override
            public void accept(ParsedArea row) {
            }

            @Override
            public void reject(long rowNumber, String code, id.bpjstk.desasadar.base.error.RuleViolation reason) {
                throw new IllegalStateException("sink failed");
            }
        };

        assertThatThrownBy(() -> CoordinateFileReader.read(GEOJSON,
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), failing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sink failed");
    }
}
