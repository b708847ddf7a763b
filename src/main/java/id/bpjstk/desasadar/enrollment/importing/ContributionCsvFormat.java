package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.enrollment.Payer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contribution import file: {@code nik;bulan;jumlah;tanggal_bayar;pembayar;alasan}, {@code bulan} as
 * {@code 2026-01}, {@code jumlah} empty for the tariff amount, {@code pembayar} PESERTA, MOU or AGEN (the MoU or
 * agent is the worker's own). Only the format is checked here; the rules come after, per batch.
 */
final class ContributionCsvFormat {

    static final List<String> COLUMNS = List.of("nik", "bulan", "jumlah", "tanggal_bayar", "pembayar", "alasan");

    private static final Map<String, Payer> PAYERS = Map.of("PESERTA", Payer.WORKER, "MOU", Payer.MOU, "AGEN", Payer.AGENT);

    private ContributionCsvFormat() {
    }

    /** @throws RowRejected naming the first column at fault */
    static ContributionLine parse(IntakeRow row) {
        if (!row.complete()) {
            throw new RowRejected(null, "contribution.import.error.columns", row.fieldsFound(), COLUMNS.size());
        }
        String reason = row.value(5).strip();
        return new ContributionLine(nik(row.value(0)), month(row.value(1)), amount(row.value(2)),
                WorkerCsvFormat.date(row.value(3), "tanggal_bayar"), payer(row.value(4)), reason.isEmpty() ? null : reason);
    }

    private static String nik(String value) {
        String nik = value.strip();
        if (nik.length() != 16 || !nik.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RowRejected("nik", "contribution.import.error.nik");
        }
        return nik;
    }

    private static YearMonth month(String value) {
        String s = value.strip();
        if (s.length() == 7 && s.charAt(4) == '-') {
            try {
                return YearMonth.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
            } catch (NumberFormatException | DateTimeException e) {
                // refused below like any other bad month
            }
        }
        throw new RowRejected("bulan", "contribution.import.error.month");
    }

    /** Whole rupiah, dots as thousands separators accepted; empty for the tariff amount. */
    private static Long amount(String value) {
        String s = value.strip().replace(".", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RowRejected("jumlah", "contribution.import.error.amount");
        }
        return Long.parseLong(s);
    }

    private static Payer payer(String value) {
        Payer payer = PAYERS.get(value.strip().toUpperCase(Locale.ROOT));
        if (payer == null) {
            throw new RowRejected("pembayar", "contribution.import.error.payer");
        }
        return payer;
    }
}
