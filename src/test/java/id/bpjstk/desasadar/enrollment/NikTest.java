package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIK rules, one row per case: what the digits say and what is wrong with them. */
class NikTest {

    static final LocalDate ENROLLED = LocalDate.of(2026, 3, 10);
    static final Predicate<String> OFFICIAL_AREAS = Set.of("35", "35.78", "35.78.01", "16", "16.07", "16.07.05")::contains;

    @ParameterizedTest(name = "{0} enrolled {1}: born {2}, {3}")
    @CsvSource(nullValues = "-", value = {
            // raw input,                   enrolled on, birth date,  sex
            "3578011708850001,              2026-03-10,  1985-08-17,  MALE",
            "3578015708850002,              2026-03-10,  1985-08-17,  FEMALE",
            "3578-0117-0885-0001,           2026-03-10,  1985-08-17,  MALE",
            "' 35.78.01 570885 0002 ',      2026-03-10,  1985-08-17,  FEMALE",
            "1607057112990003,              2026-03-10,  1999-12-31,  FEMALE",
            "3578012902000003,              2026-03-10,  2000-02-29,  MALE",
            "3578016902000003,              2026-03-10,  2000-02-29,  FEMALE",
            "3578011003110001,              2026-03-10,  2011-03-10,  MALE",
            "3578011103250001,              2026-03-10,  1925-03-11,  MALE",
            "3578015103250001,              2026-03-10,  1925-03-11,  FEMALE",
            "3578012902040001,              1990-06-01,  1904-02-29,  MALE",
    })
    void a_valid_nik_gives_birth_date_and_sex(String raw, LocalDate enrolledOn, LocalDate birthDate, Sex sex) {
        NikCheck check = Nik.check(raw, enrolledOn, OFFICIAL_AREAS);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.birthDate()).isEqualTo(birthDate);
        assertThat(check.sex()).isEqualTo(sex);
    }

    @ParameterizedTest(name = "{0} enrolled {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // raw input,           enrolled on, error key,            first argument
            "35780117088500,        2026-03-10,  nik.error.length,     16",
            "357801170885000123,    2026-03-10,  nik.error.length,     16",
            "'',                    2026-03-10,  nik.error.length,     16",
            "-,                     2026-03-10,  nik.error.length,     16",
            "35780117O8850001,      2026-03-10,  nik.error.digits,     -",
            "3578010008850001,      2026-03-10,  nik.error.day,        00",
            "3578013208850001,      2026-03-10,  nik.error.day,        32",
            "3578014008850001,      2026-03-10,  nik.error.day,        40",
            "3578017208850001,      2026-03-10,  nik.error.day,        72",
            "3578011700850001,      2026-03-10,  nik.error.month,      00",
            "3578011713850001,      2026-03-10,  nik.error.month,      13",
            "3578013104850001,      2026-03-10,  nik.error.date,       31",
            "3578017104850001,      2026-03-10,  nik.error.date,       31",
            "3578013002850001,      2026-03-10,  nik.error.date,       30",
            "3578012902010001,      2026-03-10,  nik.error.date,       29",
            "3578012902000003,      1990-06-01,  nik.error.date-in-year, 29",
            "3578011103110001,      2026-03-10,  nik.error.age,        15",
            "3578011003250001,      2026-03-10,  nik.error.age,        15",
            "3578011708200001,      2026-03-10,  nik.error.age,        15",
            "3578011708850000,      2026-03-10,  nik.error.serial,     -",
            "9978011708850001,      2026-03-10,  nik.error.province,   99",
    })
    void an_invalid_nik_is_refused_with_its_reason(String raw, LocalDate enrolledOn, String key, String firstArg) {
        NikCheck check = Nik.check(raw, enrolledOn, OFFICIAL_AREAS);

        assertThat(check.valid()).isFalse();
        assertThat(check.errors()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo(key);
            if (firstArg != null) {
                assertThat(String.valueOf(p.args().getFirst())).isEqualTo(firstArg);
            }
        });
        assertThatThrownBy(check::orThrow).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void the_year_1900_is_named_when_29_february_does_not_exist_in_the_century_that_fits_the_age() {
        NikCheck check = Nik.check("3578012902000003", LocalDate.of(1990, 6, 1), OFFICIAL_AREAS);

        assertThat(check.errors().getFirst().args()).containsExactly("29", "02", "1900");
    }

    @Test
    void every_wrong_part_is_reported_at_once() {
        NikCheck check = Nik.check("9978013213850000", ENROLLED, OFFICIAL_AREAS);

        assertThat(check.errors()).extracting(Problem::messageKey)
                .containsExactly("nik.error.day", "nik.error.month", "nik.error.serial", "nik.error.province");
    }

    @Test
    void an_unknown_regency_or_district_is_only_a_warning() {
        NikCheck regency = Nik.check("3599011708850001", ENROLLED, OFFICIAL_AREAS);
        NikCheck district = Nik.check("3578991708850001", ENROLLED, OFFICIAL_AREAS);

        assertThat(regency.valid()).isTrue();
        assertThat(regency.warnings()).extracting(Problem::messageKey).containsExactly("nik.warning.regency");
        assertThat(district.valid()).isTrue();
        assertThat(district.warnings()).singleElement().isEqualTo(Problem.of("nik.warning.district", "35.78.99"));
    }

    @Test
    void sex_and_birth_date_entered_by_the_user_are_cross_checked() {
        NikCheck female = Nik.check("3578015708850002", ENROLLED, OFFICIAL_AREAS);

        assertThat(female.against(Sex.FEMALE, LocalDate.of(1985, 8, 17)).valid()).isTrue();
        assertThat(female.against(Sex.MALE, LocalDate.of(1985, 8, 17)).errors()).extracting(Problem::messageKey)
                .containsExactly("nik.error.sex-mismatch.FEMALE");
        assertThat(female.against(Sex.FEMALE, LocalDate.of(1985, 8, 18)).errors())
                .containsExactly(Problem.of("nik.error.birth-date-mismatch", "17-08-1985", "18-08-1985"));
        assertThat(female.against(null, null).valid()).isTrue();
    }

    @Test
    void the_parts_of_a_nik_are_read_in_dotted_form() {
        Nik nik = Nik.parse("3578 01 570885 0002");

        assertThat(nik.value()).isEqualTo("3578015708850002");
        assertThat(nik.province()).isEqualTo("35");
        assertThat(nik.regency()).isEqualTo("35.78");
        assertThat(nik.district()).isEqualTo("35.78.01");
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.day()).isEqualTo(17);
        assertThat(nik.month()).isEqualTo(8);
        assertThat(nik.yy()).isEqualTo(85);
        assertThat(nik.serial()).isEqualTo("0002");
    }

    @Test
    void a_log_shows_the_nik_masked() {
        Nik nik = Nik.parse("3578011708850001");

        assertThat(nik.masked()).isEqualTo("3578••••••••0001");
        assertThat(nik).hasToString("3578••••••••0001");
    }

    @Test
    void parsing_refuses_only_a_malformed_nik() {
        assertThatThrownBy(() -> Nik.parse("3578-0117-0885")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.args()).containsExactly(16, 12));
        assertThat(Nik.parse("3578010008850000").check(ENROLLED, OFFICIAL_AREAS).valid()).isFalse();
    }
}
