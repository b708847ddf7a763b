package id.bpjstk.desasadar.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class LanguageChoiceUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    UserPrincipal user;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        user = KaribuUi.signIn(users, "ui-language", Role.COORDINATOR, "16.07");
        users.rememberLocale(user.id(), "id");
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_ui_speaks_bahasa_indonesia_by_default() {
        assertThat(navigationLabels()).contains("Peta", "Tentang");
    }

    @Test
    void english_chosen_in_the_user_menu_is_used_and_remembered() {
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "English");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(users.preferredLocale(user.id())).isEqualTo("en");
        UI.getCurrent().navigate("about"); // any view built after the switch
        assertThat(navigationLabels()).contains("Map", "About");
    }

    private static java.util.List<String> navigationLabels() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
