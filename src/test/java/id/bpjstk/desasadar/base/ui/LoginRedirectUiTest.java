package id.bpjstk.desasadar.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class LoginRedirectUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void an_anonymous_visitor_of_the_map_lands_on_the_login_view_in_bahasa_indonesia() {
        UI.getCurrent().navigate("");

        assertThat(KaribuUi.currentPath()).isEqualTo("login");
        _get(LoginForm.class);
        assertThat(_get(Paragraph.class).getText()).startsWith("Pelacak sosialisasi");
    }

    @Test
    void a_throttled_sign_in_asks_to_wait_without_naming_the_account() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", "throttled"));

        assertThat(_get(LoginView.class).errorShown()).contains("Terlalu banyak percobaan masuk").contains("beberapa menit");
    }

    @Test
    void a_wrong_password_says_so() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));

        assertThat(_get(LoginView.class).errorShown()).contains("Nama pengguna atau kata sandi salah");
    }

    @Test
    void a_signed_in_user_reaches_the_map() {
        KaribuUi.signIn(users, "ui-coordinator", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("");

        assertThat(KaribuUi.currentPath()).isEmpty();
        _get(MainLayout.class);
    }

    @Test
    void a_coordinator_cannot_open_the_administrator_import() {
        KaribuUi.signIn(users, "ui-coordinator", Role.COORDINATOR, "16.07");

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/import")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void an_administrator_opens_the_import() {
        KaribuUi.signIn(users, "ui-admin", Role.ADMIN, AreaScope.NATIONAL);
        UI.getCurrent().navigate("admin/import");

        assertThat(KaribuUi.currentPath()).isEqualTo("admin/import");
    }
}
