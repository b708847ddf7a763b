package id.bpjstk.desasadar.territory.importing;

import static id.bpjstk.desasadar.territory.importing.CoordinateFormat.WILAYAH_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import id.bpjstk.desasadar.territory.importing.RecordingSink.Rejection;

class WilayahSqlReaderTest {

    private static RecordingSink fixture;

    @BeforeAll
    static void readFixture() {
        fixture = RecordingSink.readResource(WILAYAH_SQL, "wilayah-sample.sql");
    }

    @Test
    void sample_dump_gives_three_rows_and_one_rejection_numbered_by_tuple() {
        assertThat(fixture.accepted).extracting(ParsedArea::code, ParsedArea::rowNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple("35.09.01.2001", 1L),
                org.assertj.core.groups.Tuple.tuple("35.09.01.2002", 2L),
                org.assertj.core.groups.Tuple.tuple("35.09.01.2003", 3L));
        assertThat(fixture.rejected).containsExactly(new Rejection(4, "35.09.01.2004",
                "boundary latitude 113.3 is outside Indonesia (-11.1 to 6.1)"));
    }

    @Test
    void path_positions_are_lat_lng_and_end_up_as_x_longitude_y_latitude() {
        ParsedArea row = fixture.accepted("35.09.01.2001");

        assertThat(row.lat()).isEqualTo(-8.25);
        assertThat(row.lng()).isEqualTo(113.35);
        Polygon polygon = RecordingSink.boundaryAs(Polygon.class, row);
        assertThat(polygon.getExteriorRing().getCoordinateN(0)).isEqualTo(new Coordinate(113.30, -8.20));
        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getSRID()).isEqualTo(4326);
    }

    @Test
    void four_level_path_is_a_multipolygon_and_null_lat_lng_keeps_only_the_boundary() {
        ParsedArea row = fixture.accepted("35.09.01.2002");

        assertThat(row.lat()).isNull();
        assertThat(row.lng()).isNull();
        assertThat(RecordingSink.boundaryAs(MultiPolygon.class, row).getNumGeometries()).isEqualTo(2);
    }

    @Test
    void column_list_in_another_order_is_followed() {
        ParsedArea row = fixture.accepted("35.09.01.2003");

        assertThat(row.lat()).isEqualTo(-8.45);
        assertThat(row.lng()).isEqualTo(113.35);
        assertThat(row.boundary().getCoordinates()[0]).isEqualTo(new Coordinate(113.30, -8.40));
    }

    @Test
    void unclosed_ring_rejects_the_whole_row() {
        String sql = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES "
                + "('35.09.01.2001','A',-8.2,113.3,'[[[-8.2,113.3],[-8.2,113.4],[-8.3,113.4],[-8.3,113.3]]]');";

        assertThat(RecordingSink.readText(WILAYAH_SQL, sql).rejected).containsExactly(new Rejection(1, "35.09.01.2001",
                "ring 1 is not closed (its first and last positions differ)"));
    }

    @Test
    void insert_without_column_list_uses_the_upstream_column_order() {
        String sql = "insert into `wilayah_boundaries` values ('35','Jawa Timur',-7.5,112.2,NULL)";

        ParsedArea row = RecordingSink.readText(WILAYAH_SQL, sql).accepted("35");

        assertThat(row.lat()).isEqualTo(-7.5);
        assertThat((Object) row.boundary()).isNull();
    }

    @Test
    void bad_tuples_are_rejected_with_their_reasons() {
        String sql = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n"
                + "('35.09','too few values'),\n"
                + "('35.09','no coordinates at all',NULL,NULL,NULL),\n"
                + "('35.09','half a centroid',-8.1,NULL,NULL),\n"
                + "('35.09','not a path',-8.1,113.2,'[bukan json]'),\n"
                + "('35.09','depth two',-8.1,113.2,'[[-8.1,113.2]]'),\n"
                + "('35.09','text in path',-8.1,113.2,'[[[-8.1,113.2],[null,113.3],[-8.2,113.3],[-8.1,113.2]]]'),\n"
                + "('3509','bad code',-8.1,113.2,NULL);";

        RecordingSink sink = RecordingSink.readText(WILAYAH_SQL, sql);

        assertThat(sink.accepted).isEmpty();
        assertThat(sink.rejected).extracting(Rejection::rowNumber, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "tuple has 2 values but the column list names 5"),
                org.assertj.core.groups.Tuple.tuple(2L, "row has neither lat/lng nor a boundary path"),
                org.assertj.core.groups.Tuple.tuple(3L, "lat is given but lng is NULL"),
                org.assertj.core.groups.Tuple.tuple(4L, "path nesting depth 1 is neither a polygon [[[lat, lng], ...]]"
                        + " nor a multipolygon [[[[lat, lng], ...]]]"),
                org.assertj.core.groups.Tuple.tuple(5L, "path nesting depth 2 is neither a polygon [[[lat, lng], ...]]"
                        + " nor a multipolygon [[[[lat, lng], ...]]]"),
                org.assertj.core.groups.Tuple.tuple(6L, "boundary has a non-numeric coordinate 'null'"),
                org.assertj.core.groups.Tuple.tuple(7L, "code '3509' is not a Kemendagri area code like 35.09.01.2001"));
    }

    @Test
    void other_statements_and_other_tables_are_skipped() {
        String sql = "/*!40101 SET NAMES utf8mb4 */;\n"
                + "DROP TABLE IF EXISTS `wilayah_boundaries`;\n"
                + "CREATE TABLE `wilayah_boundaries` (`kode` varchar(13) NOT NULL, `path` longtext);\n"
                + "INSERT INTO other_table (kode, path) VALUES ('99', 'x; y');\n"
                + "-- INSERT INTO wilayah_boundaries (kode, path) VALUES ('00', NULL);\n"
                + "INSERT IGNORE INTO db.wilayah_boundaries (kode, lat, lng, path) VALUES ('35', -7.5, 112.2, '')\n";

        RecordingSink sink = RecordingSink.readText(WILAYAH_SQL, sql);

        assertThat(sink.accepted).extracting(ParsedArea::code, ParsedArea::rowNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("35", 1L));
    }

    @Test
    void file_without_a_wilayah_boundaries_insert_is_a_whole_file_problem() {
        assertThatThrownBy(() -> RecordingSink.readText(WILAYAH_SQL, "SELECT 1;"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("no INSERT INTO wilayah_boundaries");
    }

    @Test
    void truncated_string_is_a_whole_file_problem() {
        String sql = "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n('35','Jawa Timur',-7.5,112.2,'[[[-7.5,11";

        assertThatThrownBy(() -> RecordingSink.readText(WILAYAH_SQL, sql))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("starting at line 2 is never closed");
    }

    @Test
    void syntax_error_names_the_line() {
        String sql = "INSERT INTO wilayah_boundaries(kode,path) VALUES\n('35', NULL)\n('36', NULL);";

        assertThatThrownBy(() -> RecordingSink.readText(WILAYAH_SQL, sql))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessage("Reading stopped: SQL syntax not understood at line 3: expected ',' or ';' after a value tuple but found '('");
    }

    @Test
    void column_list_without_path_is_a_whole_file_problem() {
        assertThatThrownBy(() -> RecordingSink.readText(WILAYAH_SQL,
                "INSERT INTO wilayah_boundaries(kode,nama) VALUES ('35','Jawa Timur');"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("must have the columns kode and path");
    }
}
