package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.BrowserTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in changes the session id (against session fixation). A request the login page sent just before, still on
 * its way with the old id, must not be answered with a new session: the browser would store that cookie over the
 * signed-in one, and the user would land on the map and be sent straight back to the login view (issue 9).
 */
@BrowserTest
class SignInSessionTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the login page and its service worker may still send with the old id while the sign-in completes. */
    @ParameterizedTest
    @ValueSource(strings = {"/?v-r=uidl&v-uiId=0", "/manifest.webmanifest", "/offline-stub.html", "/sw.js", "/icons/icon-32x32.png",
            "/VAADIN/push?v-r=push&debug_window", "/?v-r=heartbeat&v-uiId=0"})
    void a_request_with_the_session_id_from_before_the_sign_in_gets_no_new_session(String late) throws Exception {
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(url("/login")).GET(), null);
        String before = sessionCookie(loginPage).orElseThrow();

        HttpResponse<String> signIn = send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc("koordinator.banyuasin") + "&password=" + enc("demo1234"))),
                before);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionCookie(signIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);

        HttpRequest.Builder request = HttpRequest.newBuilder(url(late)).header("Sec-Fetch-Mode", late.startsWith("/icons") ? "no-cors" : "cors");
        if (late.contains("uidl")) {
            request.header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"));
        } else if (late.contains("heartbeat")) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = send(request, before);

        assertThat(sessionCookie(answer)).as("session cookie set on the late " + late).isEmpty();
        HttpResponse<String> map = send(HttpRequest.newBuilder(url("/")).GET(), after);
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).doesNotContain("vaadin-login-form");
    }

    @Test
    void a_page_opened_with_a_session_id_that_has_ended_gets_a_new_session_and_the_login_view() throws Exception {
        String ended = sessionCookie(send(HttpRequest.newBuilder(url("/login")).GET(), null)).orElseThrow();
        send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc("koordinator.banyuasin") + "&password=" + enc("demo1234"))), ended);

        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).header("Sec-Fetch-Mode", "navigate").GET(), ended);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(page)).isPresent().get().isNotEqualTo(ended);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }
}
