package id.bpjstk.desasadar.planning.calendar;

import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventFilter;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each officer's personal iCalendar feed: the events they are responsible for, from {@value #PAST_DAYS} days back to
 * {@value #FUTURE_DAYS} days ahead, at a secret address that a calendar app subscribes to without signing in. The
 * unguessable token in the address is the credential, so it can be replaced (the old address then answers 404).
 * Partners have no feed; everyone else has their own and only their own.
 */
@Service
public class CalendarFeedService {

    /** Past events stay visible for a month (what was done, what was cancelled); older ones leave the feed. */
    public static final int PAST_DAYS = 30;
    public static final int FUTURE_DAYS = 365;
    /** Bounds the feed whatever happens: a few events a day for a year. */
    public static final int MAX_EVENTS = 1000;
    /** The feed's path; {@code {token}} is replaced. Permitted without sign-in in the security configuration. */
    public static final String PATH = "/kalender/{token}.ics";

    private final FeedTokens tokens;
    private final EventQueries events;
    private final EventFacts facts;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(FeedTokens tokens, EventQueries events, EventFacts facts, UserService users, CurrentUser currentUser,
                        Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.facts = facts;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller has an active feed address, and since when. */
    @Transactional(readOnly = true)
    public FeedAddress address() {
        UserPrincipal me = requireFeedUser();
        return tokens.createdAt(me.id()).map(at -> new FeedAddress(true, at, null)).orElse(FeedAddress.NONE);
    }

    /**
     * A new secret address for the caller's feed, replacing (and so revoking) the previous one. The returned URL is
     * the only time the address is seen: it is not stored.
     */
    @Transactional
    public FeedAddress renew(String baseUrl) {
        UserPrincipal me = requireFeedUser();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String token = tokens.replace(me.id(), now);
        return new FeedAddress(true, now, EventFacts.stripSlash(baseUrl) + PATH.replace("{token}", token));
    }

    /** Stops the caller's feed address; subscribed calendars then get 404 and keep what they had. */
    @Transactional
    public void revoke() {
        tokens.revoke(requireFeedUser().id());
    }

    /**
     * The feed behind a token, or empty when the token is unknown, replaced, or its user is disabled or a partner.
     * Needs no signed-in caller: the events are read as the token's owner, under the owner's own scope.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token, String baseUrl) {
        Optional<UserPrincipal> owner = tokens.owner(token).flatMap(this::user)
                .filter(u -> u.isEnabled() && u.role() != Role.PARTNER);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        UserPrincipal user = owner.get();
        LocalDate today = LocalDate.now(clock);
        var calendar = new AtomicReference<String>();
        users.runAs(user.username(), () -> calendar.set(
                write(user, today.minusDays(PAST_DAYS).atStartOfDay(), today.plusDays(FUTURE_DAYS + 1).atStartOfDay(), baseUrl)));
        return Optional.of(calendar.get());
    }

    /** A one-off download of the caller's own events from today on (the same window ahead as the feed). */
    @Transactional(readOnly = true)
    public String upcoming(String baseUrl) {
        UserPrincipal me = requireFeedUser();
        LocalDate today = LocalDate.now(clock);
        return write(me, today.atStartOfDay(), today.plusDays(FUTURE_DAYS + 1).atStartOfDay(), baseUrl);
    }

    private String write(UserPrincipal officer, LocalDateTime from, LocalDateTime to, String baseUrl) {
        Locale locale = Locale.forLanguageTag(users.preferredLocale(officer.id()));
        List<EventView> mine = events.list(new EventFilter(from, to, null, null, officer.username(), null), 0, MAX_EVENTS);
        var entries = facts.entries(mine, officer.fullName(), baseUrl, locale);
        return ICalendarWriter.write(facts.t(locale, "calendar-feed.name", officer.fullName()), entries, clock.instant());
    }

    private Optional<UserPrincipal> user(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private UserPrincipal requireFeedUser() {
        return currentUser.get().filter(u -> u.role() != Role.PARTNER)
                .orElseThrow(() -> new AccessDeniedException("Partners and anonymous callers have no calendar feed"));
    }
}
