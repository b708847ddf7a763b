package id.bpjstk.desasadar.base.db;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.OwnDatabaseServerTest;
import id.bpjstk.desasadar.OwnMariaDbServer;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A database restart during a session (issue 13, item 13): a signed-in user who acts while the server is down is told,
 * in Bahasa Indonesia, that the database cannot be reached and to try again, on the page they are on; and their next
 * action once the server is back works, in the same session and without restarting the app. The server is the test's
 * own, really stopped (a clean shutdown, as a restart does) and started again.
 */
@OwnDatabaseServerTest
class DatabaseRestartTest {

    static final String MESSAGE = "Basis data sedang tidak dapat dihubungi, coba lagi sebentar lagi.";
    /** Sungai Rebo, Banyuasin: a village of the official list, loaded at start-up. */
    static final String VILLAGE = "16.07.01.2001";

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    private final OwnMariaDbServer server = OwnMariaDbServer.shared();

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "restart-admin", Role.ADMIN, "");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void an_action_while_the_server_restarts_is_told_to_try_again_and_the_next_one_works() throws Exception {
        UI.getCurrent().navigate("desa");
        Grid<?> villages = _get(Grid.class);
        assertThat(GridKt._size(villages)).isPositive();

        server.stop();
        try {
            // typing a name into the villages list: its grid fetches again, from a database that is not there
            fromTheBrowser(() -> _get(TextField.class, spec -> spec.withLabel("Nama desa")).setValue("Sungai Rebo"));
            assertThat(NotificationsKt.getNotifications()).extracting(DatabaseRestartTest::text).containsExactly(MESSAGE);
            assertThat(KaribuUi.currentPath()).as("the user stays on the page").isEqualTo("desa");
            NotificationsKt.clearNotifications();

            // opening a page that reads the database: a page that says so, not Vaadin's page with the exception
            UI.getCurrent().navigate("desa/" + VILLAGE);
            String shown = page();
            assertThat(shown).contains("Basis data tidak dapat dihubungi", MESSAGE).doesNotContain("Exception", "There was an exception");
        } finally {
            server.start();
        }

        // the same session, the next action: the pool has replaced its broken connections by itself
        UI.getCurrent().navigate("desa");
        villages = _get(Grid.class);
        fromTheBrowser(() -> _get(TextField.class, spec -> spec.withLabel("Nama desa")).setValue("Sungai Rebo"));
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(GridKt._size(villages)).isPositive();
        UI.getCurrent().navigate("desa/" + VILLAGE);
        assertThat(page()).contains("Sungai Rebo").doesNotContain(MESSAGE);
    }

    /**
     * A user's action as the browser's request runs it: Karibu calls a listener directly, so what it throws is handed to
     * the session's error handler here, as Vaadin's {@code ServerRpcHandler} does with a failing event of a request; the
     * round trip then runs what the page does before it answers (a grid's fetch), whose failures Vaadin hands to the
     * same handler.
     */
    private static void fromTheBrowser(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        MockVaadin.clientRoundtrip(false);
    }

    /** The text of what the router shows (the UI's own element holds it as a virtual child: its text is empty). */
    private static String page() {
        return UI.getCurrent().getChildren().filter(c -> !(c instanceof Notification)).map(c -> c.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }
}
