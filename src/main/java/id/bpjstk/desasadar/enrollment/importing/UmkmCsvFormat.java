package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.site.SiteService;
import java.util.List;
import java.util.Locale;

/**
 * The file of a company's UMKM binaan: its columns (Indonesian, as the company's list names them) and the conversion
 * of one record. Text is normalised (white space, line breaks included, collapsed to one space) so that a name typed
 * with a double space or an embedded line break keys the same UMKM on the next import.
 */
final class UmkmCsvFormat {

    static final List<String> COLUMNS = List.of("nama", "pemilik", "kode_desa", "alamat", "perkiraan_pekerja");
    /** The company's own code for the UMKM: when given, it keys the UMKM instead of its name and village. */
    static final List<String> OPTIONAL = List.of("kode_umkm");

    /** Lengths shared with V036 (owner, address, key) and the site table (name). */
    static final int NAME_MAX = SiteService.NAME_MAX;
    static final int OWNER_MAX = 150;
    static final int ADDRESS_MAX = 255;
    static final int CODE_MAX = 60;

    private UmkmCsvFormat() {
    }

    /** The cells of one record; the village is checked by the import, against the area list. */
    record Cells(String name, String owner, String village, String address, Integer estimatedWorkers, String code) {
    }

    /** @throws RowRejected naming the first column at fault */
    static Cells parse(IntakeRow row) {
        if (!row.complete()) {
            throw new RowRejected(null, "worker.import.error.columns", row.fieldsFound(), row.headerSize());
        }
        String name = text(row.value(0));
        if (name == null) {
            throw new RowRejected("nama", "worker.import.error.required");
        }
        return new Cells(limited(name, NAME_MAX, "nama"), limited(text(row.value(1)), OWNER_MAX, "pemilik"),
                row.value(2).strip(), limited(text(row.value(3)), ADDRESS_MAX, "alamat"), workers(row.value(4)),
                limited(text(row.value(5)), CODE_MAX, "kode_umkm"));
    }

    /**
     * What makes a row the same UMKM as one already stored for the company: its code when the file gives one, else
     * its village and its name in lower case. Written to {@code site.partner_key} (at most 2 + 60 or 2 + 13 + 1 + 150
     * characters, within its 200).
     */
    static String key(Cells c) {
        return c.code() != null ? "k:" + c.code() : "n:" + c.village() + ":" + c.name().toLowerCase(Locale.ROOT);
    }

    private static Integer workers(String value) {
        String s = value.strip().replace(".", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > 7 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9') || Integer.parseInt(s) > SiteService.WORKERS_MAX) {
            throw new RowRejected("perkiraan_pekerja", "umkm.import.error.workers", SiteService.WORKERS_MAX);
        }
        return Integer.parseInt(s);
    }

    /** Blank to null; runs of white space (line breaks and tabs too) to one space. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) && (ch != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))
                    || Character.isISOControl(ch)) {
                return s.replaceAll("[\\s\\p{Cntrl}]+", " ");
            }
        }
        return s; // the usual case, without a regular expression
    }

    private static String limited(String value, int max, String column) {
        if (value != null && value.length() > max) {
            throw new RowRejected(column, "worker.import.error.too-long", max);
        }
        return value;
    }
}
