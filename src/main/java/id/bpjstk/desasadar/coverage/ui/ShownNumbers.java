package id.bpjstk.desasadar.coverage.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the coverage pages show them: in the viewer's language (Indonesian when unknown), shares to a tenth of a percent. */
final class ShownNumbers {

    private ShownNumbers() {
    }

    static String integer(Locale shownIn, long v) {
        return NumberFormat.getIntegerInstance(locale(shownIn)).format(v);
    }

    static String decimal(Locale shownIn, double v) {
        var f = NumberFormat.getNumberInstance(locale(shownIn));
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    static String percent(Locale shownIn, double v) {
        var f = NumberFormat.getPercentInstance(locale(shownIn));
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    private static Locale locale(Locale shownIn) {
        return shownIn == null ? Locale.forLanguageTag("id") : shownIn;
    }
}
