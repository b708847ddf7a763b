package id.bpjstk.desasadar.enrollment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Nik#check} found: errors (the NIK cannot be enrolled), warnings (it can, but look again),
 * and what the NIK says about its holder.
 *
 * @param nik       null when the input was not 16 digits
 * @param birthDate null when the date or the age is wrong
 * @param sex       null when the day of birth is wrong
 */
public record NikCheck(Nik nik, LocalDate birthDate, Sex sex, List<Problem> errors, List<Problem> warnings) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public NikCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static NikCheck malformed(Problem problem) {
        return new NikCheck(null, null, null, List.of(problem), List.of());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * This result plus an error for each of the entered sex and birth date that contradicts the NIK
     * (a null entry is not compared).
     */
    public NikCheck against(Sex enteredSex, LocalDate enteredBirthDate) {
        List<Problem> all = new ArrayList<>(errors);
        if (sex != null && enteredSex != null && sex != enteredSex) {
            all.add(Problem.of("nik.error.sex-mismatch." + sex.name()));
        }
        if (birthDate != null && enteredBirthDate != null && !birthDate.equals(enteredBirthDate)) {
            all.add(Problem.of("nik.error.birth-date-mismatch", DAY.format(birthDate), DAY.format(enteredBirthDate)));
        }
        return new NikCheck(nik, birthDate, sex, all, warnings);
    }

    /** The NIK, or the first error as a refusal (for a service; a form shows {@link #errors()} instead). */
    public Nik orThrow() {
        if (!valid()) {
            throw errors.getFirst().toViolation();
        }
        return nik;
    }
}
