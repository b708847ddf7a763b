package id.bpjstk.desasadar.base.ui.chart;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.TableWriter;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.base.ui.TextTable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart with its numbers: the same data as a table (for screen readers and for anyone who wants the figures) and
 * CSV/XLSX exports of that table. Cells are set as text; exports go through {@link TableWriter}, which neutralises
 * text that a spreadsheet would run as a formula.
 */
public class ChartWithTable extends Div {

    private final H4 heading = new H4();
    private final ChartView chart = new ChartView();
    private final TextTable table = new TextTable("chart-table");
    private final Div exports = new Div();
    private ChartSpec spec;

    public ChartWithTable(String fileStem, String tableLabel) {
        addClassName("chart-card");
        var tableBox = new Div(table);
        tableBox.addClassName("chart-table-box");
        exports.addClassName("chart-exports");
        var details = new Details(tableLabel, tableBox, exports);
        details.addClassName("chart-numbers");
        add(heading, chart, details);
        // made once: a download reads the chart shown at the time of the click
        for (ExportFormat format : ExportFormat.values()) {
            exports.add(DownloadLink.streamed(format.name(), fileStem + "." + format.extension(), format.mimeType(), out -> {
                ChartSpec current = this.spec;
                if (current == null) {
                    return; // nothing drawn yet: an empty file
                }
                try (TableWriter writer = TableWriter.open(format, out, fileStem, header(current))) {
                    for (List<Object> row : rows(current)) {
                        writer.row(row);
                    }
                }
            }));
        }
    }

    public void setChart(ChartSpec spec) {
        this.spec = spec;
        heading.setText(spec.title());
        chart.setChart(spec);
        chart.getElement().setAttribute("aria-label", spec.title());
        fillTable();
    }

    public ChartSpec getChart() {
        return spec;
    }

    public ChartView chartView() {
        return chart;
    }

    public void setChartHeight(String height) {
        chart.setHeight(height);
    }

    private static List<String> header(ChartSpec spec) {
        var header = new ArrayList<String>();
        header.add("");
        spec.series().forEach(s -> header.add(s.label()));
        return header;
    }

    /** The table's rows as numbers (shares stay fractions in the files, so a spreadsheet can compute with them). */
    static List<List<Object>> rows(ChartSpec spec) {
        var rows = new ArrayList<List<Object>>();
        for (int i = 0; i < spec.labels().size(); i++) {
            var row = new ArrayList<Object>();
            row.add(spec.labels().get(i));
            for (ChartSpec.Series s : spec.series()) {
                Double v = s.values().get(i);
                row.add(v == null ? null : v);
            }
            rows.add(row);
        }
        return rows;
    }

    private void fillTable() {
        table.setRows(header(spec), cells());
    }

    /** The table's body as shown: numbers in the user's locale, shares as percentages, "–" for no value. */
    private List<List<String>> cells() {
        Locale locale = getLocale() == null ? Locale.forLanguageTag("id") : getLocale();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        var cells = new ArrayList<List<String>>();
        for (List<Object> row : rows(spec)) {
            var shown = new ArrayList<String>();
            for (Object cell : row) {
                shown.add(cell == null ? "–" : cell instanceof Double d ? (spec.percent() ? percent : number).format(d) : cell.toString());
            }
            cells.add(shown);
        }
        return cells;
    }

    /** The table's text, for tests. */
    public String tableText() {
        return table.text();
    }
}
