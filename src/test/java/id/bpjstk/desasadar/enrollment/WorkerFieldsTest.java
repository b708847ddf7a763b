package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone and KPJ numbers as people type them. */
class WorkerFieldsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "081234567890,           +6281234567890",
            "0812-3456-7890,         +6281234567890",
            "+62 812 3456 7890,      +6281234567890",
            "62 812.3456.7890,       +6281234567890",
            "(0812) 3456 7890,       +6281234567890",
            "'+62 (812) 3456-7890',  +6281234567890",
            "0812345678,             +62812345678",
            "0812345678901,          +62812345678901",
    })
    void a_mobile_number_in_any_indonesian_form_is_kept_as_plus_62(String typed, String stored) {
        PhoneNumber phone = PhoneNumber.parse(typed);

        assertThat(phone.value()).isEqualTo(stored);
        assertThat(phone.value().length()).isLessThanOrEqualTo(PhoneNumber.MAX_LENGTH);
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"081234567", "08123456789012", "0211234567", "+1 812 3456 7890", "0812-3456-789a",
            "+62 0812 3456 7890", "8123456789", "+62 21 1234567"})
    void anything_but_an_indonesian_mobile_number_is_refused(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("phone.error.format"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12345678901", "123.456.789-01", "1234 5678 901"})
    void a_kpj_number_has_eleven_digits_separators_aside(String typed) {
        assertThat(KpjNumber.parse(typed).value()).isEqualTo("12345678901");
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"1234567890", "123456789012", "1234567890a"})
    void a_kpj_number_of_another_length_or_with_letters_is_refused(String typed) {
        assertThatThrownBy(() -> KpjNumber.parse(typed)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("kpj.error.format"));
    }

    @Test
    void every_occupation_sex_programme_and_tariff_kind_has_a_label_in_both_languages() {
        List<String> keys = new ArrayList<>(Stream.of(Occupation.values()).map(Occupation::messageKey).toList());
        Stream.of(Sex.values()).forEach(s -> keys.addAll(List.of(s.messageKey(), "nik.error.sex-mismatch." + s.name())));
        Stream.of(Programme.values()).map(Programme::messageKey).forEach(keys::add);
        Stream.of(TariffKind.values()).map(TariffKind::messageKey).forEach(keys::add);

        assertThat(Occupation.values()).hasSize(9);
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(keys).as(locale.toString()).allMatch(bundle::containsKey);
        }
    }
}
