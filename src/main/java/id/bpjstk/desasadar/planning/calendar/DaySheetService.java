package id.bpjstk.desasadar.planning.calendar;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageQueries;
import id.bpjstk.desasadar.enrollment.Nik;
import id.bpjstk.desasadar.enrollment.WorkerFilter;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.EventFilter;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.VillageDetails;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable day sheet: an officer's stops of a day in time order, with the village's figures, its Desa Sadar
 * status, the contact of the village head where recorded and the lapsed workers to win back (NIKs masked).
 * <p>
 * Who may print: an officer their own; a coordinator the officers whose areas lie within theirs; an administrator
 * anyone's; partners nobody's. Everything on the sheet is read through the features' services under the caller's
 * scope, like any other read.
 */
@Service
public class DaySheetService {

    /** A day of visits is a handful of stops; more than this is not a day's work but a list. */
    public static final int MAX_STOPS = 40;
    /** Lapsed workers listed per stop; the sheet says when there are more (the grid has them all). */
    public static final int LAPSED_PER_STOP = 25;

    private final EventQueries events;
    private final EventFacts facts;
    private final WorkerQueries workers;
    private final VillageProfileQueries profiles;
    private final CoverageQueries coverage;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    DaySheetService(EventQueries events, EventFacts facts, WorkerQueries workers, VillageProfileQueries profiles,
                    CoverageQueries coverage, UserService users, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.facts = facts;
        this.workers = workers;
        this.profiles = profiles;
        this.coverage = coverage;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The PDF of an officer's day (username as on the events); refused when the day has no visits. */
    @Transactional(readOnly = true)
    public byte[] pdf(String officer, LocalDate day) {
        return pdf(sheet(officer, day));
    }

    /** The PDF of these events (a plan's day, say), in time order; each must be one the caller may print. */
    @Transactional(readOnly = true)
    public byte[] pdf(List<Long> eventIds) {
        return pdf(sheet(eventIds));
    }

    /** What {@link #pdf(String, LocalDate)} prints. */
    @Transactional(readOnly = true)
    public DaySheet sheet(String officer, LocalDate day) {
        UserPrincipal me = requirePrinter();
        if (day == null) {
            throw new RuleViolation("daysheet.error.day");
        }
        UserPrincipal who = officer(officer);
        requireMayPrintFor(me, who);
        List<EventView> stops = events.list(new EventFilter(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), null, null,
                who.username(), null), 0, MAX_STOPS + 1).stream().filter(e -> e.status() != EventStatus.CANCELLED).toList();
        if (stops.isEmpty()) {
            throw new RuleViolation("daysheet.error.no-stops", who.fullName(),
                    java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale(me)).format(day));
        }
        if (stops.size() > MAX_STOPS) {
            throw new RuleViolation("daysheet.error.too-many", MAX_STOPS);
        }
        return build(me, stops);
    }

    /** What {@link #pdf(List)} prints. */
    @Transactional(readOnly = true)
    public DaySheet sheet(List<Long> eventIds) {
        UserPrincipal me = requirePrinter();
        if (eventIds == null || eventIds.isEmpty()) {
            throw new RuleViolation("daysheet.error.empty");
        }
        if (eventIds.size() > MAX_STOPS) {
            throw new RuleViolation("daysheet.error.too-many", MAX_STOPS);
        }
        var stops = new ArrayList<EventView>();
        for (Long id : new LinkedHashSet<>(eventIds)) {
            EventView e = events.find(id).orElseThrow(() -> new RuleViolation("event.error.not-found"));
            requireMayPrintFor(me, officer(e.officer()));
            stops.add(e);
        }
        stops.sort(Comparator.comparing(EventView::start).thenComparing(EventView::id));
        return build(me, stops);
    }

    private DaySheet build(UserPrincipal me, List<EventView> events) {
        Locale locale = locale(me);
        YearMonth month = YearMonth.now(clock);
        var stops = new ArrayList<DaySheet.Stop>();
        var officerNames = new LinkedHashSet<String>();
        for (EventView e : events) {
            officerNames.add(officer(e.officer()).fullName());
            stops.add(stop(stops.size() + 1, e, month, locale));
        }
        return new DaySheet(List.copyOf(officerNames), events.getFirst().start().toLocalDate(),
                events.getLast().start().toLocalDate(), stops, me.fullName(), LocalDateTime.now(clock).withNano(0));
    }

    private DaySheet.Stop stop(int number, EventView e, YearMonth month, Locale locale) {
        Optional<VillageDetails> village = facts.village(e.villageCode());
        Optional<SiteView> site = facts.site(e.siteId());
        String place = village.map(v -> facts.place(v, locale)).orElse(e.villageName()) + " (" + e.villageCode() + ")";
        Double lat = site.map(SiteView::lat).or(() -> village.map(VillageDetails::lat)).orElse(null);
        Double lng = site.map(SiteView::lng).or(() -> village.map(VillageDetails::lng)).orElse(null);
        String map = lat == null || lng == null ? null : EventFacts.mapLink(lat, lng);

        Optional<VillageProfileView> profile = profiles.find(e.villageCode());
        CoverageFigures figures = coverage.area(e.villageCode(), CoveragePeriod.month(month));
        var villageFacts = new DaySheet.VillageFacts(profile.map(VillageProfileView::potential).orElse(null),
                figures == null ? 0 : figures.enrolled(), figures == null ? 0 : figures.active(),
                figures == null ? 0 : figures.nonActive(),
                profile.map(VillageProfileView::status).orElse(DesignationStatus.CANDIDATE),
                profile.map(p -> p.checks().stream().filter(c -> c.state() == DesignationCheck.State.NOT_MET)
                        .map(DesignationCheck::criterion).toList()).orElse(List.of()));

        List<DaySheet.Contact> officials = workers.villageOfficials(e.villageCode()).stream()
                .map(w -> new DaySheet.Contact(w.fullName(), w.villageRole(), w.phone())).toList();
        List<WorkerView> lapsed = workers.list(new WorkerFilter(e.villageCode(), null, false, null, null, null), 0,
                LAPSED_PER_STOP + 1);
        List<DaySheet.LapsedWorker> toVisit = lapsed.stream().limit(LAPSED_PER_STOP)
                .map(w -> new DaySheet.LapsedWorker(w.fullName(), mask(w.nik()), w.phone(), w.occupation(), w.paidThrough()))
                .toList();
        return new DaySheet.Stop(number, e, place, site.map(SiteView::name).orElse(null), facts.agentNames(e), map,
                villageFacts, officials, toVisit, lapsed.size() > LAPSED_PER_STOP);
    }

    /** Masks whatever the worker service returned: paper leaves the office, so never the full NIK, whoever prints. */
    static String mask(String nik) {
        if (nik == null) {
            return "";
        }
        return nik.length() == Nik.LENGTH && nik.chars().allMatch(Character::isDigit) ? new Nik(nik).masked() : nik;
    }

    /** Lays out a sheet read by {@link #sheet}: the reading is where scope applies, laying out reads nothing. */
    public byte[] pdf(DaySheet sheet) {
        return new DaySheetPdf(sheet, locale(currentUser.get().orElseThrow()), facts).render();
    }

    private Locale locale(UserPrincipal user) {
        return Locale.forLanguageTag(users.preferredLocale(user.id()));
    }

    private UserPrincipal officer(String username) {
        try {
            return users.loadUserByUsername(username == null ? "" : username);
        } catch (UsernameNotFoundException e) {
            throw new RuleViolation("daysheet.error.officer-unknown");
        }
    }

    private UserPrincipal requirePrinter() {
        return currentUser.get().filter(u -> u.role() != Role.PARTNER)
                .orElseThrow(() -> new AccessDeniedException("Partners and anonymous callers print no day sheets"));
    }

    /** Own sheet always; a coordinator for officers whose every area lies within theirs; an administrator for anyone. */
    private static void requireMayPrintFor(UserPrincipal me, UserPrincipal officer) {
        if (me.username().equals(officer.username()) || me.role() == Role.ADMIN) {
            return;
        }
        if (me.role() == Role.COORDINATOR && within(officer.scope(), me.scope())) {
            return;
        }
        throw new RuleViolation("daysheet.error.officer-out-of-scope", officer.fullName());
    }

    static boolean within(AreaScope inner, AreaScope outer) {
        if (inner.codes().isEmpty()) {
            return false;
        }
        if (outer.isNational()) {
            return true;
        }
        return !inner.isNational() && inner.codes().stream().allMatch(outer::includes);
    }
}
