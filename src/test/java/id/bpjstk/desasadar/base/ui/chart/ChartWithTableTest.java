package id.bpjstk.desasadar.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChartWithTableTest {

    @Test
    void the_numbers_table_is_one_html_text_with_names_escaped_numbers_in_the_locale_and_no_data_as_a_dash() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.forLanguageTag("id"));
        var chart = new ChartWithTable("test", "Angka");
        UI.getCurrent().add(chart);
        chart.setChart(new ChartSpec(ChartSpec.Type.BAR, "Wilayah", List.of("<img src=x onerror=alert(1)>", "Kota \"Surabaya\" & Co"),
                List.of(ChartSpec.Series.of("Terdaftar", Arrays.asList(12345.0, null), "#2c7fb8")), false));

        Element table = find(chart.getElement(), "table");
        String html = table.getProperty("innerHTML");

        assertThat(table.getTag()).isEqualTo("table");
        assertThat(table.getChildCount()).as("no element per cell kept in the session").isZero();
        assertThat(html).contains("<th>&lt;img src=x onerror=alert(1)&gt;</th><td>12.345</td>",
                "<th>Kota &quot;Surabaya&quot; &amp; Co</th><td>–</td>", "<th>Terdaftar</th>").doesNotContain("<img");
        assertThat(chart.tableText()).as("the text read back, unescaped, a line per row")
                .isEqualTo("Terdaftar\n<img src=x onerror=alert(1)> 12.345\nKota \"Surabaya\" & Co –");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Element find(Element root, String tag) {
        if (root.isTextNode()) {
            return null;
        }
        if (root.getTag().equals(tag)) {
            return root;
        }
        return root.getChildren().map(child -> find(child, tag)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
