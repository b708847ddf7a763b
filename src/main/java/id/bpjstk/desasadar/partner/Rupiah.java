package id.bpjstk.desasadar.partner;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Whole Rupiah as Indonesian documents write them: {@code Rp1.234.567}, {@code -Rp5.000}. */
public final class Rupiah {

    private Rupiah() {
    }

    public static String format(long amount) {
        var symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        String digits = new DecimalFormat("#,##0", symbols).format(Math.abs(amount));
        return (amount < 0 ? "-Rp" : "Rp") + digits;
    }
}
