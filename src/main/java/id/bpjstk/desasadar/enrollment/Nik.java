package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PPKKCC DDMMYY NNNN}: province, regency and district code,
 * day of birth (+40 for women), month, two-digit year, serial. There is no check digit, so the checks
 * are on what the digits mean ({@link #check}). {@code toString()} is the masked form so that a log or
 * an exception message never carries a full NIK; store {@link #value()}.
 */
public record Nik(String value) {

    public static final int LENGTH = 16;
    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 100;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int FEMALE_DAY_OFFSET = 40;

    public Nik {
        if (value == null || value.length() != LENGTH || !DIGITS.matcher(value).matches()) {
            throw new RuleViolation("nik.error.length", LENGTH, value == null ? 0 : value.length());
        }
    }

    /** The NIK in what the user typed (spaces, dots and hyphens allowed); refuses only a malformed one. */
    public static Nik parse(String raw) {
        Optional<Problem> malformed = formatProblem(raw);
        if (malformed.isPresent()) {
            throw malformed.get().toViolation();
        }
        return new Nik(strip(raw));
    }

    /** Parses and checks in one go: a malformed NIK is a result with that one error, not an exception. */
    public static NikCheck check(String raw, LocalDate enrolledOn, Predicate<String> areaExists) {
        return formatProblem(raw).map(NikCheck::malformed).orElseGet(() -> new Nik(strip(raw)).check(enrolledOn, areaExists));
    }

    /**
     * Everything the digits can tell wrong for an enrollment on {@code enrolledOn}. {@code areaExists}
     * answers whether a dotted Kemendagri code is in the official list: an unknown province is an error,
     * an unknown regency or district only a warning (NIKs keep the codes of the time they were issued).
     */
    public NikCheck check(LocalDate enrolledOn, Predicate<String> areaExists) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        int encodedDay = Integer.parseInt(value.substring(6, 8));
        boolean dayOk = (encodedDay >= 1 && encodedDay <= 31) || (encodedDay >= 41 && encodedDay <= 71);
        boolean monthOk = month() >= 1 && month() <= 12;
        if (!dayOk) {
            errors.add(Problem.of("nik.error.day", value.substring(6, 8)));
        }
        if (!monthOk) {
            errors.add(Problem.of("nik.error.month", value.substring(8, 10)));
        }
        LocalDate birthDate = dayOk && monthOk ? birthDate(enrolledOn, errors) : null;
        if (serial().equals("0000")) {
            errors.add(Problem.of("nik.error.serial"));
        }
        if (!areaExists.test(province())) {
            errors.add(Problem.of("nik.error.province", province()));
        } else if (!areaExists.test(regency())) {
            warnings.add(Problem.of("nik.warning.regency", regency()));
        } else if (!areaExists.test(district())) {
            warnings.add(Problem.of("nik.warning.district", district()));
        }
        return new NikCheck(this, birthDate, dayOk ? sex() : null, errors, warnings);
    }

    /**
     * The century is not in the NIK: of 20YY and 19YY, the one whose date exists and makes the person
     * {@value #MIN_AGE} to {@value #MAX_AGE} on the enrollment date (the two are 100 years apart, so at most one
     * qualifies; 20YY, the younger, is tried first).
     */
    private LocalDate birthDate(LocalDate enrolledOn, List<Problem> errors) {
        List<Integer> years = List.of(2000 + yy(), 1900 + yy());
        for (int year : years) {
            if (exists(year) && ageFits(LocalDate.of(year, month(), day()), enrolledOn)) {
                return LocalDate.of(year, month(), day());
            }
        }
        if (years.stream().noneMatch(this::exists)) {
            errors.add(Problem.of("nik.error.date", twoDigits(day()), twoDigits(month())));
            return null;
        }
        // 29 February of a non-leap year: wrong only in the century that fits the age.
        years.stream().filter(y -> !exists(y) && ageFits(YearMonth.of(y, month()).atEndOfMonth(), enrolledOn)).findFirst()
                .ifPresentOrElse(y -> errors.add(Problem.of("nik.error.date-in-year", twoDigits(day()), twoDigits(month()), String.valueOf(y))),
                        () -> errors.add(Problem.of("nik.error.age", MIN_AGE, MAX_AGE)));
        return null;
    }

    private boolean exists(int year) {
        return day() <= YearMonth.of(year, month()).lengthOfMonth();
    }

    private static boolean ageFits(LocalDate birth, LocalDate on) {
        int age = Period.between(birth, on).getYears();
        return !birth.isAfter(on) && age >= MIN_AGE && age <= MAX_AGE;
    }

    /** Province code, e.g. {@code 35}. */
    public String province() {
        return value.substring(0, 2);
    }

    /** Regency (kabupaten/kota) code, e.g. {@code 35.78}. */
    public String regency() {
        return province() + "." + value.substring(2, 4);
    }

    /** District (kecamatan) code, e.g. {@code 35.78.01}. */
    public String district() {
        return regency() + "." + value.substring(4, 6);
    }

    public Sex sex() {
        return Integer.parseInt(value.substring(6, 8)) > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /** Day of birth, without the +40 of women. */
    public int day() {
        int encoded = Integer.parseInt(value.substring(6, 8));
        return encoded > FEMALE_DAY_OFFSET ? encoded - FEMALE_DAY_OFFSET : encoded;
    }

    public int month() {
        return Integer.parseInt(value.substring(8, 10));
    }

    /** The two-digit year of birth (the century comes from the age rule, see {@link #check}). */
    public int yy() {
        return Integer.parseInt(value.substring(10, 12));
    }

    public String serial() {
        return value.substring(12);
    }

    /**
     * First four and last four digits, e.g. {@code 3578••••••••0001}: for logs and the officers' paper (day sheets),
     * never a full NIK. <b>Not for partners</b>: next to a village and a birth year these digits leave too few NIKs;
     * what a partner sees is {@link PartnerMask#nik} (decision 014).
     */
    public String masked() {
        return value.substring(0, 4) + "•".repeat(8) + value.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Optional<Problem> formatProblem(String raw) {
        String digits = strip(raw);
        if (!digits.isEmpty() && !DIGITS.matcher(digits).matches()) {
            return Optional.of(Problem.of("nik.error.digits"));
        }
        if (digits.length() != LENGTH) {
            return Optional.of(Problem.of("nik.error.length", LENGTH, digits.length()));
        }
        return Optional.empty();
    }

    private static String strip(String raw) {
        return raw == null ? "" : SEPARATORS.matcher(raw).replaceAll("");
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
