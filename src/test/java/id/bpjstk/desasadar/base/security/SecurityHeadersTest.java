package id.bpjstk.desasadar.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP as a browser sees it (issue 13, item 8): the headers that keep the app out of other sites' frames, stop
 * content sniffing, keep page paths out of referrers and tell the browser what it may load. That the app works under
 * the policy is shown in real Chromium by {@code MapBrowserTest} (map) and {@code UsersBrowserTest} (grid, dialog).
 */
@BrowserTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/icons/icon-32x32.png", "/kalender/unknown-token.ics"})
    void every_response_carries_the_security_headers(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_not_secure_on_plain_http() throws Exception {
        String cookie = ProductionProfileTest.sessionCookie(get("/login"));

        assertThat(cookie).contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void the_policy_lets_the_map_load_its_tiles_and_nothing_else_from_elsewhere() {
        String policy = ContentSecurityPolicy.forTiles("https://{s}.tile.example.org/{z}/{x}/{y}.png");

        assertThat(policy).contains("img-src 'self' data: blob: https://*.tile.example.org;")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';", "style-src 'self' 'unsafe-inline';");
        assertThat(ContentSecurityPolicy.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(ContentSecurityPolicy.tileOrigin("http://tiles.local:8081/{z}/{x}/{y}.png")).isEqualTo("http://tiles.local:8081");
        assertThat(ContentSecurityPolicy.tileOrigin("")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
