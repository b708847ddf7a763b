package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.base.error.RuleViolation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rules of decision 016, one by one. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({
            "Ab3defg,             password.error.short",
            "abcdefghijkl,        password.error.one-kind",
            "1234567890123,       password.error.one-kind",
            "aaaaa11111,          password.error.repetitive",
            "xx-siti.rahma-2026,  password.error.username",
            "Password123!,        password.error.common",
            "!!Sunshine2024,      password.error.common",
            "qwertyuiop1,         password.error.common",
            "Bismillah123,        password.error.common"})
    void a_weak_password_is_refused_with_its_reason(String password, String reason) {
        assertThatThrownBy(() -> policy.check(password, "siti.rahma"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(reason);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused() {
        assertThatThrownBy(() -> policy.check("Ab1".repeat(25), null))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("password.error.long");
    }

    @Test
    void a_long_password_of_two_kinds_that_no_list_knows_is_accepted() {
        assertThatCode(() -> policy.check("kebun-kopi-lereng-7", "siti.rahma")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("Tambak Udang Sidoarjo", "siti.rahma")).doesNotThrowAnyException();
    }

    @Test
    void the_shipped_list_holds_the_openwall_common_passwords() {
        assertThat(policy.commonCount()).isGreaterThan(3_000);
        assertThat(policy.isCommon("123456")).isTrue();
        assertThat(policy.isCommon("iloveyou")).isTrue();
    }

    @RepeatedTest(20)
    void a_one_time_password_meets_the_policy() {
        String oneTime = policy.oneTimePassword();
        assertThatCode(() -> policy.check(oneTime, "siti.rahma")).doesNotThrowAnyException();
        assertThat(oneTime).matches("[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}");
    }
}
