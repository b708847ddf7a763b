package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What an administrator may do to users, and what a user may do to their own password (issue 12, items 7 and 9). */
@IntegrationTest
class UserAdministrationTest {

    @Autowired UserAdministration admin;
    @Autowired UserService users;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "useradmin.nasional", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_new_user_gets_a_one_time_password_that_signs_in_and_must_be_changed_first() {
        IssuedPassword issued = admin.create(draft("siti.koordinator", Role.COORDINATOR, "35.78"));

        UserPrincipal principal = users.loadUserByUsername("siti.koordinator");
        assertThat(encoder.matches(issued.oneTimePassword(), principal.getPassword())).isTrue();
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.scope().codes()).containsExactly("35.78");
        assertThat(issued.user().mustChangePassword()).isTrue();
    }

    @Test
    void changing_the_one_time_password_lifts_the_obligation_and_the_old_one_no_longer_signs_in() {
        IssuedPassword issued = admin.create(draft("budi.koordinator", Role.COORDINATOR, "35.78"));
        SignIn.as(users, "budi.koordinator", Role.COORDINATOR);

        users.changeOwnPassword(issued.oneTimePassword(), "kebun-kopi-lereng-7", "kebun-kopi-lereng-7");

        UserPrincipal principal = users.loadUserByUsername("budi.koordinator");
        assertThat(principal.mustChangePassword()).isFalse();
        assertThat(encoder.matches("kebun-kopi-lereng-7", principal.getPassword())).isTrue();
        assertThat(encoder.matches(issued.oneTimePassword(), principal.getPassword())).isFalse();
    }

    @Test
    void a_weak_or_common_password_is_refused_and_the_old_one_stays() {
        IssuedPassword issued = admin.create(draft("rina.koordinator", Role.COORDINATOR, "35.78"));
        SignIn.as(users, "rina.koordinator", Role.COORDINATOR);
        String hashBefore = users.loadUserByUsername("rina.koordinator").getPassword();

        refused(() -> users.changeOwnPassword(issued.oneTimePassword(), "pendek1", "pendek1")).isEqualTo("password.error.short");
        refused(() -> users.changeOwnPassword(issued.oneTimePassword(), "Password2024!", "Password2024!")).isEqualTo("password.error.common");
        refused(() -> users.changeOwnPassword("salah-sandi-99", "kebun-kopi-lereng-7", "kebun-kopi-lereng-7"))
                .isEqualTo("password.error.current");
        refused(() -> users.changeOwnPassword(issued.oneTimePassword(), "kebun-kopi-lereng-7", "kebun-kopi-lereng-8"))
                .isEqualTo("password.error.mismatch");

        assertThat(users.loadUserByUsername("rina.koordinator").getPassword()).isEqualTo(hashBefore);
        assertThat(users.loadUserByUsername("rina.koordinator").mustChangePassword()).isTrue();
    }

    @Test
    void a_previous_password_cannot_be_chosen_again() {
        IssuedPassword issued = admin.create(draft("agus.koordinator", Role.COORDINATOR, "35.78"));
        SignIn.as(users, "agus.koordinator", Role.COORDINATOR);
        users.changeOwnPassword(issued.oneTimePassword(), "kebun-kopi-lereng-7", "kebun-kopi-lereng-7");
        users.changeOwnPassword("kebun-kopi-lereng-7", "tambak-udang-sidoarjo-3", "tambak-udang-sidoarjo-3");

        refused(() -> users.changeOwnPassword("tambak-udang-sidoarjo-3", "kebun-kopi-lereng-7", "kebun-kopi-lereng-7"))
                .isEqualTo("password.error.reused");
        refused(() -> users.changeOwnPassword("tambak-udang-sidoarjo-3", "tambak-udang-sidoarjo-3", "tambak-udang-sidoarjo-3"))
                .isEqualTo("password.error.reused");
    }

    @Test
    void an_unknown_area_code_is_refused_and_no_user_is_created() {
        refused(() -> admin.create(draft("tanpa.wilayah", Role.COORDINATOR, "35.78", "99.99"))).isEqualTo("user.error.unknown-area");
        assertThat(admin.findByUsername("tanpa.wilayah")).isEmpty();
    }

    @Test
    void an_administrator_cannot_give_a_scope_wider_than_their_own() {
        SignIn.as(users, "useradmin.jatim", Role.ADMIN, "35");

        refused(() -> admin.create(draft("luar.jatim", Role.COORDINATOR, "16.07"))).isEqualTo("user.error.wider-scope");
        refused(() -> admin.create(draft("nasional.baru", Role.REGIONAL_HEAD, AreaScope.NATIONAL))).isEqualTo("user.error.wider-scope");
        assertThat(admin.create(draft("dalam.jatim", Role.COORDINATOR, "35.78")).user().scopeCodes()).containsExactly("35.78");
    }

    @Test
    void a_user_needs_a_scope_and_a_partner_user_needs_a_partner() {
        refused(() -> admin.create(draft("tanpa.apa.apa", Role.COORDINATOR))).isEqualTo("user.error.no-scope");
        refused(() -> admin.create(draft("mitra.lepas", Role.PARTNER, "35.78"))).isEqualTo("user.error.partner-required");
    }

    @Test
    void a_weak_user_name_or_a_taken_one_is_refused() {
        refused(() -> admin.create(draft("Siti Rahma", Role.COORDINATOR, "35.78"))).isEqualTo("user.error.username");
        refused(() -> admin.create(draft("admin", Role.COORDINATOR, "35.78"))).isEqualTo("user.error.duplicate");
    }

    @Test
    void the_last_enabled_administrator_can_be_neither_disabled_nor_demoted() {
        for (UserRow other : admin.find(new UserFilter(null, Role.ADMIN, true), 0, 100)) {
            if (!other.username().equals("useradmin.nasional")) {
                admin.setEnabled(other.id(), false, other.version());
            }
        }
        UserRow me = admin.findByUsername("useradmin.nasional").orElseThrow();

        refused(() -> admin.update(me.id(), new UserDraft(null, "Saya", Role.COORDINATOR, List.of("35"), null, null, "id"), me.version()))
                .isEqualTo("user.error.last-admin");
        refused(() -> admin.setEnabled(me.id(), false, me.version())).isEqualTo("user.error.disable-self");

        // another administrator whose own account was disabled meanwhile still may not disable the last one
        SignIn.as(users, "admin", Role.ADMIN);
        refused(() -> admin.setEnabled(me.id(), false, me.version())).isEqualTo("user.error.last-admin");
        assertThat(admin.findByUsername("useradmin.nasional").orElseThrow().enabled()).isTrue();
    }

    @Test
    void an_edit_of_a_user_changed_meanwhile_is_refused() {
        UserRow created = admin.create(draft("dua.kali", Role.COORDINATOR, "35.78")).user();
        admin.update(created.id(), draft("dua.kali", Role.COORDINATOR, "35.15"), created.version());

        refused(() -> admin.update(created.id(), draft("dua.kali", Role.REGIONAL_HEAD, "35"), created.version()))
                .isEqualTo("user.error.conflict");
        assertThat(admin.findByUsername("dua.kali").orElseThrow().scopeCodes()).containsExactly("35.15");
    }

    @Test
    void a_password_reset_gives_a_new_one_time_password_that_must_be_changed() {
        IssuedPassword first = admin.create(draft("lupa.sandi", Role.COORDINATOR, "35.78"));
        SignIn.as(users, "lupa.sandi", Role.COORDINATOR);
        users.changeOwnPassword(first.oneTimePassword(), "kebun-kopi-lereng-7", "kebun-kopi-lereng-7");
        SignIn.as(users, "useradmin.nasional", Role.ADMIN);

        UserRow row = admin.findByUsername("lupa.sandi").orElseThrow();
        IssuedPassword reset = admin.resetPassword(row.id(), row.version());

        UserPrincipal principal = users.loadUserByUsername("lupa.sandi");
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(encoder.matches(reset.oneTimePassword(), principal.getPassword())).isTrue();
    }

    @Test
    void the_list_filters_by_text_role_and_status_page_by_page() {
        admin.create(draft("filter.satu", Role.COORDINATOR, "35.78"));
        UserRow two = admin.create(draft("filter.dua", Role.REGIONAL_HEAD, "35")).user();
        admin.setEnabled(two.id(), false, two.version());

        assertThat(admin.find(new UserFilter("FILTER.", null, null), 0, 10)).extracting(UserRow::username)
                .containsExactly("filter.dua", "filter.satu");
        assertThat(admin.find(new UserFilter("filter", Role.COORDINATOR, null), 0, 10)).extracting(UserRow::username)
                .containsExactly("filter.satu");
        assertThat(admin.count(new UserFilter("filter", null, false))).isEqualTo(1);
        assertThat(admin.find(new UserFilter("filter", null, null), 1, 1)).extracting(UserRow::username).containsExactly("filter.satu");
        assertThat(admin.count(new UserFilter("100%_", null, null))).isZero();
    }

    @Test
    void only_an_administrator_manages_users() {
        SignIn.as(users, "bukan.admin", Role.COORDINATOR, "35");
        assertThatThrownBy(() -> admin.find(UserFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.create(draft("siapa.saja", Role.ADMIN, "35"))).isInstanceOf(AccessDeniedException.class);
    }

    static UserDraft draft(String username, Role role, String... scope) {
        return new UserDraft(username, "Nama " + username, role, List.of(scope), null, null, "id");
    }

    static org.assertj.core.api.AbstractStringAssert<?> refused(Executable call) {
        try {
            call.execute();
        } catch (RuleViolation e) {
            return assertThat(e.messageKey());
        } catch (Throwable e) {
            throw new AssertionError("expected a refusal, got " + e, e);
        }
        throw new AssertionError("expected a refusal, but the call succeeded");
    }
}
