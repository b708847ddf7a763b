package id.bpjstk.desasadar.base.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A whole chart as data: its kind, title, category labels and series. A value may be null (no data — drawn as a gap,
 * shown as "–" in the table, left empty in exports). {@code percent}: values are shares (0.42 shows as 42 %).
 */
public record ChartSpec(Type type, String title, List<String> labels, List<Series> series, boolean percent) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public enum Type {
        BAR, LINE,
        /** Stages of a funnel as horizontal bars, largest first. */
        FUNNEL
    }

    /** One series; {@code line} draws it as a line over bars (a target beside its realization). */
    public record Series(String label, List<Double> values, String color, boolean line, boolean dashed) {

        public Series {
            if (!COLOR.matcher(color).matches()) {
                throw new IllegalArgumentException("not a #rrggbb colour: " + color);
            }
            values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed: no data
        }

        public static Series of(String label, List<Double> values, String color) {
            return new Series(label, values, color, false, false);
        }
    }

    public ChartSpec {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.label() + " has " + s.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
    }
}
