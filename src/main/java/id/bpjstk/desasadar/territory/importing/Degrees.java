package id.bpjstk.desasadar.territory.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.territory.IndonesiaBounds;
import java.math.BigDecimal;

/**
 * Parsing and range-checking of decimal-degree values, shared by all three formats so that the
 * same input gets the same rejection reason whatever file it came in.
 */
final class Degrees {

    /** {@code choice} picks the axis's name in the messages: {@code {0,choice,0#latitude|1#longitude}}. */
    enum Axis {
        LATITUDE(0, IndonesiaBounds.MIN_LAT, IndonesiaBounds.MAX_LAT),
        LONGITUDE(1, IndonesiaBounds.MIN_LNG, IndonesiaBounds.MAX_LNG);

        final int choice;
        final double min;
        final double max;

        Axis(int choice, double min, double max) {
            this.choice = choice;
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
            throw new RowRejected(null, "area.import.coordinate-missing", axis.choice);
        }
        String text = raw.strip();
        Double value = parseDecimal(text);
        if (value == null) {
            throw new RowRejected(null, "area.import.coordinate-not-a-number", axis.choice, text);
        }
        return checkRange(value, axis, false);
    }

    /**
     * @param boundary whether the value is a corner of a boundary (the reason says so) rather than a centre. Values go
     *                 into the reason as text, written as in the file's notation whatever the reader's language.
     */
    static double checkRange(double value, Axis axis, boolean boundary) {
        if (!Double.isFinite(value)) {
            throw new RowRejected(null, boundary ? "area.import.boundary-coordinate-invalid" : "area.import.coordinate-invalid",
                    axis.choice, Double.toString(value));
        }
        if (value < axis.min || value > axis.max) {
            throw new RowRejected(null, boundary ? "area.import.boundary-coordinate-outside" : "area.import.coordinate-outside",
                    axis.choice, format(value), format(axis.min), format(axis.max));
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
