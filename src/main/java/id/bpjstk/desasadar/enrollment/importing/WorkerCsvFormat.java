package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Sex;
import id.bpjstk.desasadar.enrollment.VillageRole;
import id.bpjstk.desasadar.partner.Funding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The worker import file: its columns (Indonesian, as users name them) and the conversion of one record's cells into
 * typed values. Only the cell formats are checked here; the enrollment rules (NIK, phone, village, band, MoU…) are
 * {@code WorkerRules}', the same as the form's.
 */
final class WorkerCsvFormat {

    static final List<String> COLUMNS = List.of("nik", "nama", "jenis_kelamin", "tanggal_lahir", "telepon", "pekerjaan",
            "kode_desa", "jht", "penghasilan", "sumber_dana", "tanggal_daftar", "kpj");
    /**
     * Columns a file may leave out: the MoU number for APBD/CSR funding, the village office, the event, the agent, and
     * the work site (an UMKM binaan, a market…) the worker works at, by its number as the site and UMKM pages show it.
     */
    static final List<String> OPTIONAL = List.of("no_mou", "jabatan_desa", "id_kegiatan", "no_agen", "lokasi");

    private static final Set<String> YES = Set.of("ya", "y", "1", "true");
    private static final Set<String> NO = Set.of("tidak", "t", "0", "false");

    private WorkerCsvFormat() {
    }

    /** The cells of one record, typed; the text cells as written. */
    record Cells(String nik, String name, Sex sex, LocalDate birthDate, String phone, Occupation occupation, String village,
                 boolean jht, long incomeBand, Funding funding, LocalDate enrolledOn, String kpj, String mouNumber,
                 VillageRole villageRole, Long eventId, String agentNumber, Long siteId) {
    }

    /** @throws RowRejected naming the first column at fault */
    static Cells parse(IntakeRow row) {
        if (!row.complete()) {
            throw new RowRejected(null, "worker.import.error.columns", row.fieldsFound(), row.headerSize());
        }
        return new Cells(row.value(0).strip(), row.value(1), sex(row.value(2)), optionalDate(row.value(3), "tanggal_lahir"),
                row.value(4), choice(row.value(5), "pekerjaan", Occupation.class), row.value(6).strip(), yesNo(row.value(7)),
                amount(row.value(8)), choice(row.value(9), "sumber_dana", Funding.class), date(row.value(10), "tanggal_daftar"),
                row.value(11), blankToNull(row.value(12)), optionalChoice(row.value(13), "jabatan_desa", VillageRole.class),
                optionalId(row.value(14), "id_kegiatan"), blankToNull(row.value(15)), optionalId(row.value(16), "lokasi"));
    }

    private static Sex sex(String value) {
        return switch (value.strip().toUpperCase(Locale.ROOT)) {
            case "L" -> Sex.MALE;
            case "P" -> Sex.FEMALE;
            case "" -> null; // taken from the NIK
            default -> throw new RowRejected("jenis_kelamin", "worker.import.error.sex");
        };
    }

    private static LocalDate optionalDate(String value, String column) {
        return value.isBlank() ? null : date(value, column);
    }

    /**
     * {@code 2026-01-31} or {@code 31/01/2026} (what an Indonesian spreadsheet writes). Parsed by hand:
     * a million rows carry two million dates, and a formatter costs several times more.
     */
    static LocalDate date(String value, String column) {
        String s = value.strip();
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
                return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
            }
            if (s.length() == 10 && s.charAt(2) == '/' && s.charAt(5) == '/' && digits(s, 0, 2) && digits(s, 3, 5) && digits(s, 6, 10)) {
                return LocalDate.of(number(s, 6, 10), number(s, 3, 5), number(s, 0, 2));
            }
        } catch (DateTimeException e) {
            // an impossible day such as 30 February: refused below like any other bad date
        }
        throw new RowRejected(column, "worker.import.error.date");
    }

    private static <E extends Enum<E>> E choice(String value, String column, Class<E> type) {
        E chosen = optionalChoice(value, column, type);
        if (chosen == null) {
            throw new RowRejected(column, "worker.import.error.required");
        }
        return chosen;
    }

    private static <E extends Enum<E>> E optionalChoice(String value, String column, Class<E> type) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (upper.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, upper);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(column, "worker.import.error.choice",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static boolean yesNo(String value) {
        String s = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return true;
        }
        if (NO.contains(s)) {
            return false;
        }
        throw new RowRejected("jht", "worker.import.error.yes-no");
    }

    /** Whole rupiah; dots as thousands separators ({@code 1.500.000}) are accepted. */
    private static long amount(String value) {
        String s = value.strip().replace(".", "");
        if (s.isEmpty() || s.length() > 9 || !digits(s, 0, s.length())) {
            throw new RowRejected("penghasilan", "worker.import.error.amount");
        }
        return Long.parseLong(s);
    }

    private static Long optionalId(String value, String column) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > 18 || !digits(s, 0, s.length())) {
            throw new RowRejected(column, "worker.import.error.amount");
        }
        return Long.parseLong(s);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }
}
