package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.BrowserTest;
import id.bpjstk.desasadar.SignIn;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over HTTP, as a browser: a sign-in is recorded, and a disabled user's open session ends on its next request. */
@BrowserTest
class SignInRecordTest {

    static final String PASSWORD = "kebun-kopi-lereng-7";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired UserAdministration admin;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_sign_in_is_recorded() throws Exception {
        users.createIfAbsent("http.koordinator", "Koordinator HTTP", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        String session = signIn("http.koordinator");
        assertThat(page("/", session).body()).doesNotContain("vaadin-login-form");

        SignIn.as(users, "http.admin", Role.ADMIN, AreaScope.NATIONAL);
        assertThat(admin.findByUsername("http.koordinator").orElseThrow().lastSignIn()).as("recorded at sign-in").isNotNull();
    }

    @Test
    void a_sign_in_while_an_administrator_edits_the_account_does_not_spoil_the_edit() throws Exception {
        // nor two sign-ins of one account at the same moment (a shared office account): the record of a sign-in is no
        // edit of the account, so it must not move the version the administrator's form and the other sign-in hold
        users.createIfAbsent("http.koordinator3", "Koordinator HTTP 3", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        SignIn.as(users, "http.admin", Role.ADMIN, AreaScope.NATIONAL);
        UserRow opened = admin.findByUsername("http.koordinator3").orElseThrow();
        SignIn.out();

        signIn("http.koordinator3");
        SignIn.as(users, "http.admin", Role.ADMIN, AreaScope.NATIONAL);
        admin.setEnabled(opened.id(), false, opened.version());

        UserRow saved = admin.findByUsername("http.koordinator3").orElseThrow();
        assertThat(saved.enabled()).isFalse();
        assertThat(saved.lastSignIn()).as("the sign-in is still recorded").isNotNull();
    }

    @Test
    void disabling_the_user_ends_their_open_session() throws Exception {
        users.createIfAbsent("http.koordinator2", "Koordinator HTTP 2", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        String session = signIn("http.koordinator2");
        assertThat(page("/", session).body()).doesNotContain("vaadin-login-form");

        SignIn.as(users, "http.admin", Role.ADMIN, AreaScope.NATIONAL);
        UserRow user = admin.findByUsername("http.koordinator2").orElseThrow();
        admin.setEnabled(user.id(), false, user.version());

        HttpResponse<String> after = page("/", session);
        boolean loginPage = after.statusCode() == 302 ? after.headers().firstValue("Location").orElse("").contains("login")
                : after.body().contains("vaadin-login-form");
        assertThat(loginPage).as("the next page of the open session is the login, got %s %s %s", after.statusCode(),
                after.headers().firstValue("Location").orElse(""), after.body().substring(0, Math.min(300, after.body().length()))).isTrue();
    }

    private String signIn(String username) throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String before = cookie(loginPage);
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + before)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookie(signIn);
    }

    private HttpResponse<String> page(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElseThrow();
    }
}
