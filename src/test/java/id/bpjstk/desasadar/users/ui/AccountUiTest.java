package id.bpjstk.desasadar.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.IssuedPassword;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserAdministration;
import id.bpjstk.desasadar.base.security.UserDraft;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A user's own account: the one-time password changed first, then "Akun saya" (issue 12, items 7 and 9). */
@IntegrationTest
class AccountUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired UserAdministration admin;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_user_with_a_one_time_password_sees_only_the_change_password_view_until_they_chose_their_own() {
        SignIn.as(users, "akun.admin", Role.ADMIN, AreaScope.NATIONAL);
        IssuedPassword issued = admin.create(new UserDraft("akun.baru", "Akun Baru", Role.COORDINATOR, List.of("35.78"), null, null, "id"));
        KaribuUi.signIn(users, "akun.baru", Role.COORDINATOR);

        UI.getCurrent().navigate("peserta");
        assertThat(KaribuUi.currentPath()).isEqualTo("akun/sandi");

        _get(PasswordField.class, spec -> spec.withLabel("Sandi sekali pakai")).setValue(issued.oneTimePassword());
        _get(PasswordField.class, spec -> spec.withLabel("Sandi baru")).setValue("Password2024!");
        _get(PasswordField.class, spec -> spec.withLabel("Ulangi sandi baru")).setValue("Password2024!");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Ganti sandi")));
        NotificationsKt.expectNotifications("Sandi ini termasuk sandi yang umum dipakai; pilih yang lain.");
        assertThat(KaribuUi.currentPath()).isEqualTo("akun/sandi");

        _get(PasswordField.class, spec -> spec.withLabel("Sandi baru")).setValue("kebun-kopi-lereng-7");
        _get(PasswordField.class, spec -> spec.withLabel("Ulangi sandi baru")).setValue("kebun-kopi-lereng-7");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Ganti sandi")));

        assertThat(KaribuUi.currentPath()).isEmpty();
        UserPrincipal now = users.loadUserByUsername("akun.baru");
        assertThat(now.mustChangePassword()).isFalse();
        assertThat(encoder.matches("kebun-kopi-lereng-7", now.getPassword())).isTrue();
    }

    @Test
    void my_account_shows_my_sign_ins_and_changes_my_password_and_language() {
        UserPrincipal me = KaribuUi.signIn(users, "akun.saya", Role.COORDINATOR, "16.07");
        users.rememberLocale(me.id(), "id");
        signedIn(me); // the one before
        signedIn(me); // this one
        UI.getCurrent().navigate("");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Akun saya");
        assertThat(KaribuUi.currentPath()).isEqualTo("akun");
        String text = _get(AccountView.class).getElement().getTextRecursively();
        assertThat(text).contains("akun.saya", "Koordinator", "16.07", "Masuk kali ini", "Masuk sebelumnya", "WIB")
                .doesNotContain("belum pernah");

        _get(PasswordField.class, spec -> spec.withLabel("Sandi sekarang")).setValue("test-password");
        _get(PasswordField.class, spec -> spec.withLabel("Sandi baru")).setValue("tambak-udang-sidoarjo-3");
        _get(PasswordField.class, spec -> spec.withLabel("Ulangi sandi baru")).setValue("tambak-udang-sidoarjo-3");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Ganti sandi")));
        NotificationsKt.expectNotifications("Sandi sudah diganti.");
        assertThat(encoder.matches("tambak-udang-sidoarjo-3", users.loadUserByUsername("akun.saya").getPassword())).isTrue();

        @SuppressWarnings("unchecked")
        var language = (com.vaadin.flow.component.combobox.ComboBox<String>) _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withLabel("Bahasa"));
        language.setValue("en");
        assertThat(users.preferredLocale(me.id())).isEqualTo("en");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    }

    private void signedIn(UserPrincipal me) {
        ctx.publishEvent(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken(me, null, me.getAuthorities())));
    }
}
