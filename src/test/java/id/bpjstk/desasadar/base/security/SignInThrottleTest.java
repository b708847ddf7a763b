package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.bpjstk.desasadar.BrowserTest;
import id.bpjstk.desasadar.SignIn;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, item 7 (decision 019), over HTTP as a browser signs in: failed sign-ins are throttled per account and per
 * address, logged, the administrator can unlock, and nothing in the answer tells whether an account exists. Each test
 * signs in from its own loopback address (127.0.0.x), as different machines would.
 */
@BrowserTest
class SignInThrottleTest {

    static final String PASSWORD = "sawah-padi-subur-41";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired UserAdministration admin;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger throttleLog = (Logger) LoggerFactory.getLogger(ThrottledAuthentication.class);

    @BeforeEach
    void watchTheLog() {
        log.start();
        throttleLog.addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        throttleLog.detachAppender(log);
        SignIn.out();
    }

    @Test
    void thirty_wrong_passwords_then_the_right_one_is_refused_and_logged_and_other_users_still_sign_in() throws Exception {
        users.createIfAbsent("throttle.korban", "Korban Tebakan", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        users.createIfAbsent("throttle.rekan", "Rekan Kerja", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        HttpClient attacker = from("127.0.0.11");

        for (int i = 0; i < 30; i++) {
            assertThat(signIn(attacker, "throttle.korban", "tebakan-" + i)).as("wrong password %d", i).contains("/login?error");
        }
        String rightPassword = signIn(attacker, "throttle.korban", PASSWORD);

        assertThat(rightPassword).as("the right password while the account waits").endsWith("/login?error=throttled");
        assertThat(log.list).anySatisfy(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).contains("throttle.korban").contains("127.0.0.11");
        });
        assertThat(signIn(from("127.0.0.12"), "throttle.rekan", PASSWORD)).as("another user from another address").doesNotContain("error");
    }

    @Test
    void an_unknown_name_gets_the_same_answers_as_a_real_account() throws Exception {
        users.createIfAbsent("throttle.nyata", "Akun Nyata", PASSWORD, Role.COORDINATOR, Set.of("35.78"));

        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            real.add(signIn(from("127.0.0.21"), "throttle.nyata", "salah-" + i));
            unknown.add(signIn(from("127.0.0.22"), "throttle.tidak-ada", "salah-" + i));
        }

        assertThat(unknown).isEqualTo(real);
        assertThat(real.subList(0, 5)).allSatisfy(l -> assertThat(l).endsWith("/login?error"));
        assertThat(real.subList(5, 7)).as("after five failures the account waits").allSatisfy(l -> assertThat(l).endsWith("/login?error=throttled"));
    }

    @Test
    void the_administrator_unlocks_a_waiting_account_and_the_right_password_then_works() throws Exception {
        users.createIfAbsent("throttle.lupa", "Pengguna Lupa", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        HttpClient office = from("127.0.0.31");
        for (int i = 0; i < 5; i++) {
            signIn(office, "throttle.lupa", "lupa-" + i);
        }
        assertThat(signIn(office, "throttle.lupa", PASSWORD)).endsWith("/login?error=throttled");

        SignIn.as(users, "throttle.admin", Role.ADMIN, AreaScope.NATIONAL);
        UserRow user = admin.findByUsername("throttle.lupa").orElseThrow();
        assertThat(admin.signInLockedUntil(user.id())).isPresent();
        admin.unlockSignIn(user.id());

        assertThat(admin.signInLockedUntil(user.id())).isEmpty();
        assertThat(signIn(office, "throttle.lupa", PASSWORD)).doesNotContain("error");
    }

    @Test
    void one_address_trying_many_names_is_stopped_after_twenty_failures() throws Exception {
        users.createIfAbsent("throttle.kantor", "Pengguna Kantor", PASSWORD, Role.COORDINATOR, Set.of("35.78"));
        HttpClient sprayer = from("127.0.0.41");
        for (int i = 0; i < 20; i++) {
            assertThat(signIn(sprayer, "nama-" + i, "sandi")).endsWith("/login?error");
        }

        assertThat(signIn(sprayer, "throttle.kantor", PASSWORD)).as("even a right password from that address").endsWith("/login?error=throttled");
        assertThat(signIn(from("127.0.0.42"), "throttle.kantor", PASSWORD)).as("from another address").doesNotContain("error");
    }

    /** The failure handler set for throttling must leave the login page the app's own view, not Spring's generated one. */
    @Test
    void the_login_page_is_the_apps_own_view() throws Exception {
        HttpResponse<String> page = from("127.0.0.51").send(HttpRequest.newBuilder(url("/login")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Please sign in").contains("auto-generated by Vaadin");
    }

    /** The page the sign-in sends the browser to: the login view with an error, or the app. */
    private String signIn(HttpClient client, String username, String password) throws Exception {
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(loginPage);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElse("");
    }

    private static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElseThrow();
    }
}
