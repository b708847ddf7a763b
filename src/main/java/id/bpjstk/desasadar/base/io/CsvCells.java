package id.bpjstk.desasadar.base.io;

/** Text cells of exported CSV files, made safe for spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * A text cell a spreadsheet will not run as a formula: one that starts with {@code = + - @} (or a
     * tab or carriage return) gets a leading apostrophe. Numbers are written as numbers, not through here.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
