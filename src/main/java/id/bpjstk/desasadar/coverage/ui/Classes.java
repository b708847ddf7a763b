package id.bpjstk.desasadar.coverage.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Choropleth classes computed on the server: up to five classes (quantile breaks of the values shown, or fixed
 * breaks), coloured with ColorBrewer's YlGnBu — sequential and safe for the common colour-vision deficiencies — and a
 * grey "no data" that is no class at all (zero is a value and falls in the lowest class).
 */
record Classes(double[] breaks) {

    /** ColorBrewer YlGnBu, 5 classes (Cynthia Brewer, Apache-2.0 licensed scheme). */
    static final String[] PALETTE = {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"};
    static final String NO_DATA = "#bdbdbd";

    /** Quantile breaks (distinct, at most four) of the non-null values. */
    static Classes quantiles(Collection<Double> values) {
        double[] sorted = values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Classes(new double[0]);
        }
        var breaks = new ArrayList<Double>();
        for (int q = 1; q < PALETTE.length; q++) {
            double b = sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length / (double) PALETTE.length) - 1)];
            // a break is an upper bound "≤ b" of its class; equal breaks would make empty classes
            if ((breaks.isEmpty() || b > breaks.getLast()) && b < sorted[sorted.length - 1]) {
                breaks.add(b);
            }
        }
        return new Classes(breaks.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Classes fixed(double[] breaks) {
        return new Classes(breaks.clone());
    }

    int classes() {
        return breaks.length + 1;
    }

    /** The class of a value: 0 for ≤ the first break … */
    int classOf(double value) {
        int c = 0;
        while (c < breaks.length && value > breaks[c]) {
            c++;
        }
        return c;
    }

    /** The colour of a class: the palette spread over the classes in use, darkest for the highest. */
    String color(int cls) {
        int n = classes();
        int index = n == 1 ? PALETTE.length / 2 : Math.round(cls * (PALETTE.length - 1) / (float) (n - 1));
        return PALETTE[index];
    }

    String colorOf(Double value) {
        return value == null ? NO_DATA : color(classOf(value));
    }

    List<Double> breakList() {
        return Arrays.stream(breaks).boxed().toList();
    }
}
