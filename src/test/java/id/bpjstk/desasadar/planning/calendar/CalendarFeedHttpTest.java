package id.bpjstk.desasadar.planning.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.BrowserTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/** The feed as a calendar app fetches it: over HTTP, with no session and no sign-in, the token being the credential. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedHttpTest {

    static final String VILLAGE = "16.07.05.2002";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @LocalServerPort int port;
    @Autowired CalendarFeedService feeds;
    @Autowired EventService events;
    @Autowired UserService users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    EventView mine;
    EventView cancelled;
    EventView old;
    EventView colleagues;

    @BeforeAll
    void planEventsForTwoOfficers() {
        SignIn.as(users, "feed-officer", Role.COORDINATOR, "16.07");
        mine = events.plan(draft("Sosialisasi, petani; karet", TODAY.plusDays(2).atTime(9, 0), "feed-officer"));
        cancelled = events.plan(draft("Jemput bola pasar", TODAY.plusDays(4).atTime(13, 0), "feed-officer"));
        cancelled = events.cancel(cancelled.id(), "Jalan banjir", cancelled.version());
        old = events.plan(draft("Sosialisasi lama sekali", TODAY.minusDays(60).atTime(9, 0), "feed-officer"));
        SignIn.as(users, "feed-colleague", Role.COORDINATOR, "16.07");
        colleagues = events.plan(draft("Kunjungan rekan kerja", TODAY.plusDays(2).atTime(10, 0), "feed-colleague"));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_valid_token_gets_the_owner_s_events_as_text_calendar_without_a_session() throws Exception {
        String url = renewAs("feed-officer");

        HttpResponse<String> response = get(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar").contains("UTF-8");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        // the security headers every response carries (issue 13) leave a calendar app's fetch as it was
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        String ics = response.body();
        assertThat(ics).contains("UID:" + EventFacts.uid(mine.id()), "SUMMARY:Sosialisasi\\, petani\\; karet",
                "UID:" + EventFacts.uid(cancelled.id()), "STATUS:CANCELLED", "Pulau Rajak",
                "/kegiatan/" + mine.id(), "SEQUENCE:" + mine.version());
        assertThat(ics).doesNotContain(EventFacts.uid(colleagues.id())).doesNotContain("Kunjungan rekan kerja")
                .doesNotContain(EventFacts.uid(old.id()));
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT")).hasSize(2);
    }

    @Test
    void a_replaced_or_revoked_address_answers_404_and_the_new_one_works() throws Exception {
        String first = renewAs("feed-officer");
        String second = renewAs("feed-officer");

        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        SignIn.as(users, "feed-officer", Role.COORDINATOR, "16.07");
        feeds.revoke();
        assertThat(feeds.address().active()).isFalse();
        assertThat(get(second).statusCode()).isEqualTo(404);
    }

    @Test
    void made_up_tokens_answer_404_and_each_user_s_address_shows_only_their_own_events() throws Exception {
        assertThat(get(uri("/kalender/" + "A".repeat(43) + ".ics")).statusCode()).isEqualTo(404);
        assertThat(get(uri("/kalender/short.ics")).statusCode()).isEqualTo(404);

        String colleague = get(renewAs("feed-colleague")).body();
        assertThat(colleague).contains(EventFacts.uid(colleagues.id())).doesNotContain(EventFacts.uid(mine.id()));
    }

    @Test
    void only_the_hash_of_the_token_is_kept_and_the_address_is_shown_once() {
        String url = renewAs("feed-officer");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        SignIn.as(users, "feed-officer", Role.COORDINATOR, "16.07");

        assertThat(feeds.address()).satisfies(a -> {
            assertThat(a.active()).isTrue();
            assertThat(a.url()).isNull();
        });
        assertThat(FeedTokens.hash(token)).hasSize(64).doesNotContain(token);
    }

    @Test
    void partners_have_no_feed() {
        SignIn.as(users, "feed-partner", Role.PARTNER, "16.07");
        assertThatThrownBy(() -> feeds.renew("http://x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.upcoming("http://x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_one_off_download_holds_the_caller_s_upcoming_events_only() {
        SignIn.as(users, "feed-officer", Role.COORDINATOR, "16.07");
        String ics = feeds.upcoming("http://localhost:" + port);
        assertThat(ics).contains(EventFacts.uid(mine.id())).doesNotContain(EventFacts.uid(old.id()))
                .doesNotContain(EventFacts.uid(colleagues.id()));
    }

    private String renewAs(String username) {
        SignIn.as(users, username, Role.COORDINATOR, "16.07");
        try {
            return feeds.renew("http://localhost:" + port + "/").url();
        } finally {
            SignIn.out();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return get(URI.create(url));
    }

    private HttpResponse<String> get(URI url) throws Exception {
        return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static EventDraft draft(String title, LocalDateTime start, String officer) {
        return new EventDraft(title, EventType.SOSIALISASI_DESA, start, start.plusHours(2), VILLAGE, null, officer, "Petani karet", 40);
    }
}
