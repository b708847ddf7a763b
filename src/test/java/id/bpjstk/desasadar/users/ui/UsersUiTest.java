package id.bpjstk.desasadar.users.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserAdministration;
import id.bpjstk.desasadar.base.security.UserRow;
import id.bpjstk.desasadar.base.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator manages users on /admin/pengguna (issue 12, item 7). */
@IntegrationTest
class UsersUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired UserAdministration admin;
    @Autowired PasswordEncoder encoder;
    @Autowired id.bpjstk.desasadar.base.security.SignInThrottle throttle;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "usersui.admin", Role.ADMIN, AreaScope.NATIONAL);
        UI.getCurrent().navigate("admin/pengguna");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_coordinator_and_is_shown_the_one_time_password_once() {
        _click(_get(Button.class, spec -> spec.withText("Tambah pengguna")));
        UserFormDialog form = _get(UserFormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Nama pengguna")).setValue("dewi.koordinator");
        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Dewi Lestari");
        _get(form, ComboBox.class, spec -> spec.withLabel("Peran")).setValue(Role.COORDINATOR);
        _get(form, TextArea.class, spec -> spec.withLabel("Kode wilayah")).setValue("35.78\n35.15");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        String oneTime = _get(Span.class, spec -> spec.withClasses("one-time-password")).getText();
        UserRow created = admin.findByUsername("dewi.koordinator").orElseThrow();
        assertThat(created.scopeCodes()).containsExactly("35.15", "35.78");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(encoder.matches(oneTime, users.loadUserByUsername("dewi.koordinator").getPassword())).isTrue();

        _get(TextField.class, spec -> spec.withClasses("user-search")).setValue("dewi");
        Grid<UserRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("dewi.koordinator", "Dewi Lestari", "Koordinator", "35.15, 35.78",
                "Aktif · sandi sekali pakai", "belum pernah");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_unknown_area_code_is_refused_with_its_reason_and_the_form_stays_open() {
        _click(_get(Button.class, spec -> spec.withText("Tambah pengguna")));
        UserFormDialog form = _get(UserFormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Nama pengguna")).setValue("salah.kode");
        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Salah Kode");
        _get(form, ComboBox.class, spec -> spec.withLabel("Peran")).setValue(Role.COORDINATOR);
        _get(form, TextArea.class, spec -> spec.withLabel("Kode wilayah")).setValue("99.99");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        NotificationsKt.expectNotifications("Kode wilayah tidak dikenal: 99.99.");
        assertThat(form.isOpened()).isTrue();
        assertThat(admin.findByUsername("salah.kode")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_bad_user_name_is_flagged_on_its_field_and_nobody_is_created_until_it_is_corrected() {
        _click(_get(Button.class, spec -> spec.withText("Tambah pengguna")));
        UserFormDialog form = _get(UserFormDialog.class);
        TextField username = _get(form, TextField.class, spec -> spec.withLabel("Nama pengguna"));
        username.setValue("x!");
        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Nama Salah");
        _get(form, ComboBox.class, spec -> spec.withLabel("Peran")).setValue(Role.COORDINATOR);
        _get(form, TextArea.class, spec -> spec.withLabel("Kode wilayah")).setValue("35.78");

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Nama pengguna 3 sampai");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(admin.findByUsername("x!")).isEmpty();

        username.setValue("nama.benar");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(admin.findByUsername("nama.benar")).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_disables_a_user_from_the_list_and_resets_a_password() {
        users.createIfAbsent("nonaktif.ui", "Akan Nonaktif", "kebun-kopi-lereng-7", Role.COORDINATOR, java.util.Set.of("35.78"));
        _get(TextField.class, spec -> spec.withClasses("user-search")).setValue("nonaktif.ui");
        Grid<UserRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withText("Nonaktifkan")));

        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Nonaktif");
        assertThat(users.loadUserByUsername("nonaktif.ui").enabled()).isFalse();

        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withText("Atur ulang sandi")));
        String oneTime = _get(Span.class, spec -> spec.withClasses("one-time-password")).getText();
        assertThat(encoder.matches(oneTime, users.loadUserByUsername("nonaktif.ui").getPassword())).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_lets_a_user_locked_out_by_failed_sign_ins_in_again() {
        users.createIfAbsent("terkunci.ui", "Terkunci Masuk", "kebun-kopi-lereng-7", Role.COORDINATOR, java.util.Set.of("35.78"));
        for (int i = 0; i < 5; i++) {
            throttle.failed("terkunci.ui", "192.0.2.7");
        }
        _get(TextField.class, spec -> spec.withClasses("user-search")).setValue("terkunci.ui");
        Grid<UserRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0, 1, false, false, false, false);

        _click(_get(Button.class, spec -> spec.withText("Buka blokir masuk")));

        assertThat(throttle.lockedUntil("terkunci.ui")).isEmpty();
        assertThat(throttle.waitFor("terkunci.ui", "192.0.2.8")).isZero();
        NotificationsKt.expectNotifications("Blokir masuk untuk terkunci.ui dibuka: pengguna dapat masuk lagi sekarang.");
    }
}
