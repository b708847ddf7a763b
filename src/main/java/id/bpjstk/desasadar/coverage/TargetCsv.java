package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.ImportRun;
import id.bpjstk.desasadar.base.importing.RecordSource;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.base.importing.RowRejected;
import id.bpjstk.desasadar.base.importing.SmallImportWriter;
import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.IntakeRow;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.territory.OfficeView;
import io.micrometer.core.instrument.Counter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The target file: read through the same intake as the worker and contribution imports ({@link CsvIntake}: UTF-8
 * only, {@code ;} or {@code ,}, header in any order and case, cut-off files refused), each row checked by
 * {@link TargetService#check}, a second row for the same year, owner and measure refused, and nothing stored unless
 * every row passes. Targets are a few hundred rows a year: the checked rows are held in memory.
 *
 * <pre>
 * tahun;kode_wilayah;kode_kantor;ukuran;nilai;fase;bulanan;ilustrasi;sumber
 * 2026;35;;NEW_PARTICIPANTS;120000;;;tidak;Rencana kerja Kanwil Jawa Timur 2026
 * 2026;;KC-SURABAYA;CONTRIBUTIONS_RP;8.500.000.000;PROPORSI;5|5|8|8|8|8|8|8|10|10|10|12;;
 * </pre>
 */
final class TargetCsv {

    static final List<String> COLUMNS = List.of("tahun", "kode_wilayah", "kode_kantor", "ukuran", "nilai");
    static final List<String> OPTIONAL = List.of("fase", "bulanan", "ilustrasi", "sumber");
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final CsvIntake.Spec SPEC = new CsvIntake.Spec(COLUMNS, OPTIONAL, MAX_BYTES);
    private static final int YEAR = 0, AREA = 1, OFFICE = 2, MEASURE = 3, VALUE = 4, PHASE = 5, MONTHS = 6, ILLUSTRATIVE = 7, SOURCE = 8;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([. ]\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("\\d+");

    /** The column a rule of {@link TargetService#check} is about, for the report. */
    private static final Map<String, String> COLUMN_OF_RULE = Map.ofEntries(
            Map.entry("target.error.year", "tahun"), Map.entry("target.error.owner", "kode_wilayah"),
            Map.entry("area.error.unknown-code", "kode_wilayah"), Map.entry("target.error.area-level", "kode_wilayah"),
            Map.entry("target.error.unknown-office", "kode_kantor"), Map.entry("target.error.measure", "ukuran"),
            Map.entry("target.error.value-missing", "nilai"), Map.entry("target.error.value-negative", "nilai"),
            Map.entry("target.error.phasing-count", "bulanan"), Map.entry("target.error.phasing-negative", "bulanan"),
            Map.entry("target.error.phasing-zero", "bulanan"), Map.entry("target.error.phasing-whole", "bulanan"),
            Map.entry("target.error.phasing-decreasing", "bulanan"), Map.entry("target.error.phasing-total", "bulanan"),
            Map.entry("target.error.note", "sumber"));

    private final TargetService service;
    private final Map<String, Long> officeIds = new HashMap<>();

    TargetCsv(TargetService service, List<OfficeView> offices) {
        this.service = service;
        offices.forEach(o -> officeIds.put(o.code().toUpperCase(Locale.ROOT), o.id()));
    }

    /** All or nothing, always: targets are read together, a plan half imported is no plan. */
    ImportResult importFile(Path file, Progress progress, BooleanSupplier cancelled, Counter rows) {
        List<String> reportColumns = new ArrayList<>(COLUMNS);
        reportColumns.addAll(OPTIONAL);
        Map<String, Long> seen = new HashMap<>();
        return ImportRun.run(RecordSource.csv(file, SPEC), reportColumns, ImportMode.ALL_OR_NOTHING, progress, cancelled,
                Writer::new, (row, writer) -> {
                    try {
                        TargetDraft draft = service.check(parse(row), null);
                        String key = draft.year() + "/" + draft.owner() + "/" + draft.measure();
                        Long first = seen.putIfAbsent(key, row.line());
                        if (first != null) {
                            throw new RowRejected(null, "target.csv.twice", first);
                        }
                        writer.add(row.line(), draft, row.values());
                    } catch (RowRejected c) {
                        writer.reject(row.line(), c.column(), c.reason(), row.values());
                    } catch (RuleViolation v) {
                        writer.reject(row.line(), COLUMN_OF_RULE.get(v.messageKey()), v, row.values());
                    }
                }, rows);
    }

    /** Holds the checked targets (a few hundred a year) and stores them in one transaction if none was rejected. */
    private final class Writer extends SmallImportWriter<TargetDraft> {
        private final List<TargetDraft> accepted = new ArrayList<>();

        Writer(RejectionReport report) {
            super(report);
        }

        @Override
        public void add(long line, TargetDraft row, List<String> original) {
            accepted.add(row);
        }

        @Override
        public ImportCounts finish() {
            if (rejected == 0) {
                service.storeAll(accepted);
                inserted = accepted.size();
            }
            return super.finish();
        }
    }

    private TargetDraft parse(IntakeRow row) {
        if (!row.complete()) {
            throw new RowRejected(null, "target.csv.fields", row.fieldsFound(), row.headerSize());
        }
        int year = year(text(row, YEAR));
        String area = text(row, AREA);
        String office = text(row, OFFICE);
        if (area.isEmpty() == office.isEmpty()) {
            throw new RowRejected("kode_wilayah", "target.error.owner");
        }
        TargetOwner owner;
        if (!area.isEmpty()) {
            owner = TargetOwner.area(area);
        } else {
            Long id = officeIds.get(office.toUpperCase(Locale.ROOT));
            if (id == null) {
                throw new RowRejected("kode_kantor", "target.csv.unknown-office", office);
            }
            owner = TargetOwner.office(id);
        }
        TargetMeasure measure = measure(text(row, MEASURE));
        long value = value(text(row, VALUE));
        TargetPhasing phasing = phasing(text(row, PHASE), text(row, MONTHS));
        return new TargetDraft(year, owner, measure, value, phasing, yesNo(text(row, ILLUSTRATIVE)), text(row, SOURCE));
    }

    private static String text(IntakeRow row, int column) {
        String v = row.value(column);
        return v == null ? "" : v.strip();
    }

    private static int year(String s) {
        if (!WHOLE.matcher(s).matches() || s.length() > 4) {
            throw new RowRejected("tahun", "target.csv.year", s);
        }
        return Integer.parseInt(s);
    }

    private static TargetMeasure measure(String s) {
        try {
            return TargetMeasure.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("ukuran", "target.csv.measure", s,
                    String.join(", ", Arrays.stream(TargetMeasure.values()).map(Enum::name).toList()));
        }
    }

    /** Whole units, as written by people: {@code 6200000000000}, {@code 6.200.000.000.000} or {@code 6 200 000}. */
    private static long value(String s) {
        if (s.isEmpty()) {
            throw new RowRejected("nilai", "target.error.value-missing");
        }
        String digits = s.startsWith("-") ? s.substring(1).strip() : s;
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replace(".", "").replace(" ", "");
        }
        if (!WHOLE.matcher(digits).matches() || digits.length() > 18) {
            throw new RowRejected("nilai", "target.csv.value", s);
        }
        if (s.startsWith("-")) {
            throw new RowRejected("nilai", "target.error.value-negative", s);
        }
        return Long.parseLong(digits);
    }

    private static TargetPhasing phasing(String kind, String months) {
        TargetPhasing.Kind k = switch (kind.toUpperCase(Locale.ROOT)) {
            case "", "LINEAR", "LINIER" -> TargetPhasing.Kind.LINEAR;
            case "PROPORSI", "SHARES" -> TargetPhasing.Kind.SHARES;
            case "KUMULATIF", "CUMULATIVE" -> TargetPhasing.Kind.CUMULATIVE;
            default -> throw new RowRejected("fase", "target.csv.phase", kind);
        };
        if (k == TargetPhasing.Kind.LINEAR) {
            if (!months.isEmpty()) {
                throw new RowRejected("bulanan", "target.csv.months-linear");
            }
            return TargetPhasing.LINEAR;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String part : months.split("\\|", -1)) {
            String p = part.strip().replace(',', '.');
            try {
                values.add(new BigDecimal(p));
            } catch (NumberFormatException e) {
                throw new RowRejected("bulanan", "target.csv.months", months);
            }
        }
        return new TargetPhasing(k, values);
    }

    private static boolean yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "", "tidak", "no", "false", "0" -> false;
            case "ya", "yes", "true", "1" -> true;
            default -> throw new RowRejected("ilustrasi", "target.csv.yes-no", s);
        };
    }
}
