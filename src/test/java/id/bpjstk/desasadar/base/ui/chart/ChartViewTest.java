package id.bpjstk.desasadar.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.TableWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartViewTest {

    private static final ChartSpec SPEC = new ChartSpec(ChartSpec.Type.BAR, "Children", List.of("=HYPERLINK(\"x\")", "Sidoarjo"),
            List.of(ChartSpec.Series.of("Realized", Arrays.asList(12.0, null), "#2c7fb8")), false);

    @Test
    void a_chart_travels_as_json_data_with_no_data_as_null() {
        String json = ChartView.toJson(SPEC);
        assertThat(json).contains("\"type\":\"BAR\"", "\"data\":[12.0,null]").doesNotContain("function");
    }

    @Test
    void a_series_colour_must_be_a_hex_colour() {
        assertThatThrownBy(() -> ChartSpec.Series.of("x", List.of(1.0), "javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_series_must_have_one_value_per_label() {
        assertThatThrownBy(() -> new ChartSpec(ChartSpec.Type.LINE, "t", List.of("a", "b"), List.of(ChartSpec.Series.of("s", List.of(1.0), "#000000")), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_chart_table_exports_as_csv_with_a_formula_label_neutralised_and_no_data_left_empty() {
        var out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(ExportFormat.CSV, out, "chart", List.of("", "Realized"))) {
            ChartWithTable.rows(SPEC).forEach(writer::row);
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("Sidoarjo;").doesNotContain("\n=HYPERLINK");
    }
}
