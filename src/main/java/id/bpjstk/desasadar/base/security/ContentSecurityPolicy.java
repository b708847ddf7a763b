package id.bpjstk.desasadar.base.security;

import java.net.URI;

/**
 * The Content-Security-Policy every response carries. Vaadin Flow needs {@code 'unsafe-inline'} for scripts and styles
 * (its bootstrap page starts the client engine with an inline script; components set inline styles) and
 * {@code 'unsafe-eval'} (the engine builds functions from the JavaScript the server sends: executeJs, event data): see
 * Vaadin's "Content Security Policy" page and decision 020. Everything else is this origin only, plus the map tile
 * server, and no site may frame the app.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    /** @param tileUrl the map's XYZ tile template ({@code app.map.tile-url}); blank: no tiles */
    static String forTiles(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:" + (tiles.isEmpty() ? "" : " " + tiles),
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self'",
                "manifest-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}. */
    static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        String template = tileUrl.strip().replace("{s}", "subdomain");
        URI uri;
        try {
            uri = URI.create(template.replaceAll("\\{[^}]*}", "0"));
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return ""; // a relative template is served by this origin
        }
        String host = uri.getHost().startsWith("subdomain.") ? "*" + uri.getHost().substring("subdomain".length()) : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
