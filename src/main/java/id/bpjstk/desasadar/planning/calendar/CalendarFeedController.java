package id.bpjstk.desasadar.planning.calendar;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves {@code /kalender/{token}.ics} to calendar apps, outside Vaadin and without a session: the token is the
 * credential (the security configuration permits the path). Unknown and revoked tokens alike answer 404, so an
 * address that stopped working tells nothing about whether it ever existed.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(CalendarFeedService.PATH)
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return feeds.feed(token, baseUrl)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kegiatan.ics\"")
                        // the address is a secret: keep it out of search engines and out of the Referer of the links in it
                        .header("X-Robots-Tag", "noindex, nofollow")
                        .header("Referrer-Policy", "no-referrer")
                        .body(ics.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }
}
