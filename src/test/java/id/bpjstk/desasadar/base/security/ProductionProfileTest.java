package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * The app as a production start runs it (issue 13, items 8 and 9): the production profile on top of the test one, which
 * asks for the demo users ({@code app.demo-users=true}) — they must not come — and behind a TLS proxy as the README's
 * production section sets it up, with the session timeout set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "SESSION_TIMEOUT=17m"})
@ActiveProfiles({"test", "production"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the database as the start left it first: a later test adds a demo row
class ProductionProfileTest {

    static final List<String> DEMO_USERS = List.of("admin", "kakanwil.jatim", "koordinator.banyuasin", "pemkot.surabaya",
            "koordinator.surabaya");

    @LocalServerPort int port;
    @Autowired AppUserRepository accounts;
    @Autowired UserService users;
    @Autowired WebApplicationContext web;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureTheSignInLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(PasswordSignIn.class)).addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        ((Logger) LoggerFactory.getLogger(PasswordSignIn.class)).detachAppender(log);
    }

    @Test
    @Order(1)
    void no_demo_user_is_created_in_the_production_profile_even_when_the_properties_ask_for_them() {
        assertThat(DEMO_USERS).allSatisfy(name -> assertThat(accounts.findByUsername(name)).as(name).isEmpty());
    }

    @Test
    void a_demo_user_found_in_a_production_database_is_refused_at_sign_in_and_the_log_says_why() throws Exception {
        users.createIfAbsent("kakanwil.jatim", "Kepala Kanwil Jawa Timur", DemoUsers.PASSWORD, Role.REGIONAL_HEAD, Set.of("35"));

        HttpResponse<String> signIn = signIn("kakanwil.jatim", DemoUsers.PASSWORD);

        assertThat(signIn.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(log.list).anySatisfy(line -> assertThat(line.getFormattedMessage())
                .contains("Sign-in refused for 'kakanwil.jatim'", "demo account", "production"));
    }

    @Test
    void a_user_with_a_password_of_their_own_signs_in_in_the_production_profile() throws Exception {
        users.createIfAbsent("koordinator.produksi", "Koordinator Produksi", "kebun-kopi-lereng-7", Role.COORDINATOR, Set.of("35.78"));

        HttpResponse<String> signIn = signIn("koordinator.produksi", "kebun-kopi-lereng-7");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(log.list).isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(url("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sessionCookie(page)).contains("; Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    void the_session_timeout_is_the_setting() {
        assertThat(web.getServletContext().getSessionTimeout()).isEqualTo(17);
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
    }
}
