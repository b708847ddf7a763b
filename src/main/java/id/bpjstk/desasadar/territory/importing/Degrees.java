package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.territory.IndonesiaBounds;
import java.math.BigDecimal;

/**
 * Parsing and range-checking of decimal-degree values, shared by all three formats so that the
 * same input gets the same rejection reason whatever file it came in.
 */
final class Degrees {

    enum Axis {
        LATITUDE("latitude", IndonesiaBounds.MIN_LAT, IndonesiaBounds.MAX_LAT),
        LONGITUDE("longitude", IndonesiaBounds.MIN_LNG, IndonesiaBounds.MAX_LNG);

        final String label;
        final double min;
        final double max;

        Axis(String label, double min, double max) {
            this.label = label;
            this.min = min;
            this.max = max;
        }
    }

    private Degrees() {
    }

    /**
     * Parses a plain decimal number (optionally with exponent). Stricter than
     * {@link Double#parseDouble}, which would also take "NaN", "Infinity", hex floats and a
     * trailing 'd' — none of which is a coordinate.
     *
     * @return the value, or {@code null} when the text is not such a number or is not finite
     */
    static Double parseDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    /**
     * A centroid value from text: blank means missing, otherwise it must be a number inside the
     * bounds.
     */
    static double parseCentroid(String raw, Axis axis) {
        if (raw == null || raw.isBlank()) {
            throw new RowRejectedException(axis.label + " is missing");
        }
        String text = raw.strip();
        Double value = parseDecimal(text);
        if (value == null) {
            throw new RowRejectedException(axis.label + " '" + text + "' is not a number");
        }
        return checkRange(value, axis, "");
    }

    /** @param prefix put before the axis name, e.g. "boundary " */
    static double checkRange(double value, Axis axis, String prefix) {
        if (!Double.isFinite(value)) {
            throw new RowRejectedException(prefix + axis.label + " " + value + " is not a number");
        }
        if (value < axis.min || value > axis.max) {
            throw new RowRejectedException(prefix + axis.label + " " + format(value)
                    + " is outside Indonesia (" + format(axis.min) + " to " + format(axis.max) + ")");
        }
        return value;
    }

    /** Shortest readable form: 6.0 as "6", 1e-7 as "0.0000001". */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
