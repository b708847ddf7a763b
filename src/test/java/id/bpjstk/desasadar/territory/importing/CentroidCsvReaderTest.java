package id.bpjstk.desasadar.territory.importing;

import static id.bpjstk.desasadar.territory.importing.CoordinateFormat.CENTROID_CSV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import id.bpjstk.desasadar.territory.importing.RecordingSink.Rejection;

class CentroidCsvReaderTest {

    @Test
    void good_file_accepts_every_row_with_line_numbers_counting_the_header_as_line_1() {
        RecordingSink sink = RecordingSink.readResource(CENTROID_CSV, "centroids-good.csv");

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).extracting(ParsedArea::code)
                .containsExactly("35", "35.09", "35.09.01", "35.09.01.2001", "11.01.01.2001");
        assertThat(sink.accepted.get(0).rowNumber()).isEqualTo(2);
        ParsedArea village = sink.accepted("35.09.01.2001");
        assertThat(village.rowNumber()).isEqualTo(5);
        assertThat(village.lat()).isEqualTo(-8.2479);
        assertThat(village.lng()).isEqualTo(113.3412);
        assertThat((Object) village.boundary()).isNull();
    }

    @Test
    void bad_rows_are_rejected_one_by_one_with_a_reason_and_the_rest_is_kept() {
        RecordingSink sink = RecordingSink.readResource(CENTROID_CSV, "centroids-bad-rows.csv");

        assertThat(sink.accepted).extracting(ParsedArea::code, ParsedArea::rowNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("35.09.01.2001", 2L),
                        org.assertj.core.groups.Tuple.tuple("35.09.01.2007", 9L),
                        org.assertj.core.groups.Tuple.tuple("35.09.01.2009", 13L));
        assertThat(sink.rejected).containsExactly(
                new Rejection(3, "35.09.01.2002", "latitude 12.5 is outside Indonesia (-11.1 to 6.1)"),
                new Rejection(4, "35.09.01.2003", "latitude 'abc' is not a number"),
                new Rejection(5, null, "code is missing"),
                new Rejection(6, "35.9.1.2004", "code '35.9.1.2004' is not a Kemendagri area code like 35.09.01.2001"),
                new Rejection(7, "35.09.01.2005", "longitude is missing"),
                new Rejection(8, "35.09.01.2006", "latitude 'NaN' is not a number"),
                new Rejection(12, "35.09.01.2008", "row has 2 columns but the header names 4"));
    }

    @Test
    void header_is_case_insensitive_tolerates_a_bom_and_ignores_extra_columns() {
        String csv = "\uFEFFLng, Code ,Name,LAT,source\r\n113.3412,35.09.01.2001,Padomasan,-8.2479,bps\r\n";

        RecordingSink sink = RecordingSink.readText(CENTROID_CSV, csv);

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.accepted).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("35.09.01.2001");
            assertThat(row.lat()).isEqualTo(-8.2479);
            assertThat(row.lng()).isEqualTo(113.3412);
            assertThat(row.rowNumber()).isEqualTo(2);
        });
    }

    @Test
    void missing_header_is_a_whole_file_problem() {
        String csv = "35.09.01.2001,Padomasan,-8.2479,113.3412\n";

        assertThatThrownBy(() -> RecordingSink.readText(CENTROID_CSV, csv))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("header")
                .hasMessageContaining("missing code, lat, lng");
    }

    @Test
    void header_without_lng_is_a_whole_file_problem() {
        assertThatThrownBy(() -> RecordingSink.readText(CENTROID_CSV, "code,name,lat,lon\n35,Jawa Timur,-7.5,112.2\n"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("missing lng");
    }

    @Test
    void empty_file_is_a_whole_file_problem() {
        assertThatThrownBy(() -> RecordingSink.readText(CENTROID_CSV, ""))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void latin1_bytes_are_reported_as_not_utf8() {
        byte[] latin1 = "code,name,lat,lng\n35.09.01.2001,Caf\u00e9,-8.2,113.3\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> RecordingSink.read(CENTROID_CSV, new ByteArrayInputStream(latin1)))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void unterminated_quote_is_a_whole_file_problem() {
        assertThatThrownBy(() -> RecordingSink.readText(CENTROID_CSV, "code,name,lat,lng\n35,\"Jawa Timur,-7.5,112.2\n"))
                .isInstanceOf(CoordinateFileException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void numbers_in_other_notations_are_not_coordinates() {
        String csv = "code,name,lat,lng\n35.01,a,-8.1d,113\n35.02,b,0x1p3,113\n35.03,c,Infinity,113\n35.04,d,-8.1e0,1.13E2\n";

        RecordingSink sink = RecordingSink.readText(CENTROID_CSV, csv);

        assertThat(sink.rejected).extracting(Rejection::reason).containsExactly(
                "latitude '-8.1d' is not a number",
                "latitude '0x1p3' is not a number",
                "latitude 'Infinity' is not a number");
        assertThat(sink.accepted("35.04").lng()).isEqualTo(113.0);
    }
}
