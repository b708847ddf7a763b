package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.io.IntakeRow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The worker import file: its columns (Indonesian, as users name them) and the conversion of one
 * record into a {@link WorkerRow}. Only the format is checked here; rules that need more than one
 * cell or the database (NIK against sex and birth date, scope) come after.
 */
final class WorkerCsvFormat {

    static final List<String> COLUMNS = List.of("nik", "nama", "jenis_kelamin", "tanggal_lahir", "telepon", "pekerjaan",
            "kode_desa", "jht", "penghasilan", "sumber_dana", "tanggal_daftar", "kpj");

    // the lengths of V011__workers.sql
    static final int NAME_MAX = 100;
    static final int PHONE_MAX = 16;

    static final List<String> OCCUPATIONS = List.of("PETANI", "PEKEBUN", "NELAYAN", "PEDAGANG_PASAR", "PEDAGANG_KELILING",
            "JURU_PARKIR", "OJEK", "INDUSTRI_RUMAHAN", "LAINNYA");
    static final List<String> FUNDING = List.of("SELF", "APBD", "CSR");
    private static final Set<String> YES = Set.of("ya", "y", "1", "true");
    private static final Set<String> NO = Set.of("tidak", "t", "0", "false");

    private WorkerCsvFormat() {
    }

    /** @throws RowRejected naming the first column at fault */
    static WorkerRow parse(IntakeRow row) {
        if (!row.complete()) {
            throw new RowRejected(null, "worker.import.error.columns", row.fieldsFound(), COLUMNS.size());
        }
        return new WorkerRow(nik(row.value(0)), name(row.value(1)), sex(row.value(2)), date(row.value(3), "tanggal_lahir"),
                phone(row.value(4)), choice(row.value(5), "pekerjaan", OCCUPATIONS), village(row.value(6)), null,
                yesNo(row.value(7)), amount(row.value(8)), choice(row.value(9), "sumber_dana", FUNDING), null,
                date(row.value(10), "tanggal_daftar"), null, null, kpj(row.value(11)), null, null);
    }

    private static String nik(String value) {
        String nik = value.strip();
        if (nik.length() != 16 || !digits(nik, 0, 16)) {
            throw new RowRejected("nik", "worker.import.error.nik");
        }
        return nik;
    }

    private static String name(String value) {
        String name = value.strip();
        if (name.isEmpty()) {
            throw new RowRejected("nama", "worker.import.error.required");
        }
        if (name.length() > NAME_MAX) {
            throw new RowRejected("nama", "worker.import.error.too-long", NAME_MAX);
        }
        return name;
    }

    private static String sex(String value) {
        String sex = value.strip().toUpperCase(Locale.ROOT);
        if (!sex.equals("L") && !sex.equals("P")) {
            throw new RowRejected("jenis_kelamin", "worker.import.error.sex");
        }
        return sex;
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

    /** Stored as {@code +62…}; {@code 08…} and {@code 62…} are the forms people write. Spaces and dashes are dropped. */
    static String phone(String value) {
        String digits = value.replace(" ", "").replace("-", "");
        if (digits.isEmpty()) {
            return null;
        }
        String normal;
        if (digits.startsWith("+62")) {
            normal = digits;
        } else if (digits.startsWith("62")) {
            normal = "+" + digits;
        } else if (digits.startsWith("0")) {
            normal = "+62" + digits.substring(1);
        } else {
            normal = "";
        }
        if (normal.length() < 10 || normal.length() > PHONE_MAX || !digits(normal, 1, normal.length())) {
            throw new RowRejected("telepon", "worker.import.error.phone");
        }
        return normal;
    }

    private static String choice(String value, String column, List<String> allowed) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new RowRejected(column, "worker.import.error.choice", String.join(", ", allowed));
        }
        return upper;
    }

    private static String village(String value) {
        String code = value.strip();
        if (code.length() != 13 || code.charAt(2) != '.' || code.charAt(5) != '.' || code.charAt(8) != '.'
                || !digits(code, 0, 2) || !digits(code, 3, 5) || !digits(code, 6, 8) || !digits(code, 9, 13)) {
            throw new RowRejected("kode_desa", "worker.import.error.village");
        }
        return code;
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
    private static int amount(String value) {
        String s = value.strip().replace(".", "");
        if (s.isEmpty() || s.length() > 9 || !digits(s, 0, s.length())) {
            throw new RowRejected("penghasilan", "worker.import.error.amount");
        }
        return Integer.parseInt(s);
    }

    private static String kpj(String value) {
        String kpj = value.strip();
        if (kpj.isEmpty()) {
            return null;
        }
        if (kpj.length() != 11 || !digits(kpj, 0, 11)) {
            throw new RowRejected("kpj", "worker.import.error.kpj");
        }
        return kpj;
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
