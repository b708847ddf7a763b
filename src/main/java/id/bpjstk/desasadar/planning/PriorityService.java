package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.coverage.CoverageFigures;
import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.CoverageQueries;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.site.SiteQueries;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import id.bpjstk.desasadar.territory.DesignationCheck.Criterion;
import id.bpjstk.desasadar.territory.DesignationCheck.State;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import id.bpjstk.desasadar.territory.VillagePlace;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where to go next (issue 11): the villages of the caller's scope ranked by a transparent visit priority — potential
 * not yet enrolled, lapsed workers to win back, time since the last held event, unmet Desa Sadar criteria, work sites
 * in or near the village, nearness to the responsible branch office — each component normalised to 0..1, weighted by
 * the administrator's settings and explained in words ({@link PriorityScore}).
 *
 * <p>Coordinators rank their areas (their own or their office's), regional heads their province, administrators any
 * area; partners are refused. Everything is read in bulk, one query per source for the whole area: enrolled and
 * active from the coverage store (not the worker table), last held events from outreach, criteria from their
 * sources' bulk evaluation, sites from the site service, office locations from territory.
 *
 * <p>Longer than the 250 lines a class is held to (decision 034) because the ranking is one read: it gathers the
 * bulk reads of six sources for one area and filters the result; the score itself is {@link PriorityScore}.
 */
@Service
public class PriorityService {

    private final CurrentUser currentUser;
    private final CoverageQueries coverage;
    private final VillageProfileQueries villages;
    private final EventQueries events;
    private final SiteQueries sites;
    private final OfficeService offices;
    private final WorkerQueries workers;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final double shareOfPotential;

    PriorityService(CurrentUser currentUser, CoverageQueries coverage, VillageProfileQueries villages, EventQueries events,
                    SiteQueries sites, OfficeService offices, WorkerQueries workers, JdbcTemplate jdbc, Clock clock,
                    @Value("${app.designation.share-of-potential:0.5}") double shareOfPotential) {
        this.currentUser = currentUser;
        this.coverage = coverage;
        this.villages = villages;
        this.events = events;
        this.sites = sites;
        this.offices = offices;
        this.workers = workers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.shareOfPotential = shareOfPotential;
    }

    /** Enrolled and active workers of a village now. */
    public record Enrolment(long enrolled, long active) {
    }

    /**
     * Where the enrolled and active figures of the villages under an area come from: the coverage store here; the
     * benchmark's reference counts the worker table instead.
     */
    @FunctionalInterface
    public interface EnrolmentSource {
        Map<String, Enrolment> villagesUnder(String areaCode, YearMonth month);
    }

    /**
     * The villages of the query in the caller's scope, highest priority first (rank 1), with every component's points
     * and the reasons in words. Refused for partners; an area wider than a regency is refused with a message.
     */
    @Transactional(readOnly = true)
    public List<VillagePriority> ranked(PriorityQuery query) {
        return rankedWith(query, (area, month) -> {
            Map<String, Enrolment> figures = new HashMap<>();
            for (CoverageFigures f : coverage.villages(area, CoveragePeriod.month(month))) {
                figures.put(f.code(), new Enrolment(f.enrolled(), f.active()));
            }
            return figures;
        });
    }

    /** {@link #ranked} with the enrolment figures from another source (the benchmark's raw reference). */
    @Transactional(readOnly = true)
    public List<VillagePriority> rankedWith(PriorityQuery query, EnrolmentSource enrolment) {
        UserPrincipal user = requirePlanner();
        List<String> ranges = ranges(user.scope(), query.areaCode());
        PriorityWeights weights = weights();
        LocalDate today = LocalDate.now(clock);
        List<VillageFacts> facts = new ArrayList<>();
        for (String range : ranges) {
            facts.addAll(facts(range, enrolment.villagesUnder(range, YearMonth.from(today))));
        }
        List<VillagePriority> ranked = PriorityScore.rank(facts, weights, today);
        return filter(ranked, facts, query, ranges);
    }

    /** The weights now (the defaults of V030 until an administrator changes them). */
    @Transactional(readOnly = true)
    public PriorityWeights weights() {
        return jdbc.query("""
                SELECT unreached, lapsed, since_last_event, unmet_criteria, work_sites, near_office, version
                FROM priority_weights WHERE id = 1""",
                (rs, i) -> new PriorityWeights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getLong(7))).stream().findFirst().orElse(PriorityWeights.DEFAULTS);
    }

    /**
     * Saves new weights (administrators only): each a number from 0 to {@value PriorityWeights#MAX}, not all zero;
     * refused when someone saved since {@code weights.version()} was read (the first save is kept).
     */
    @Transactional
    public PriorityWeights saveWeights(PriorityWeights weights) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator sets the priority weights");
        }
        for (PriorityComponent c : PriorityComponent.values()) {
            PriorityWeights.weight(c, weights.of(c));
        }
        if (weights.total() <= 0) {
            throw new RuleViolation("planning.error.weights-zero");
        }
        int updated = jdbc.update("""
                UPDATE priority_weights SET unreached = ?, lapsed = ?, since_last_event = ?, unmet_criteria = ?, work_sites = ?,
                       near_office = ?, version = version + 1
                WHERE id = 1 AND version = ?""", weights.unreached(), weights.lapsed(), weights.sinceLastEvent(),
                weights.unmetCriteria(), weights.workSites(), weights.nearOffice(), weights.version());
        if (updated == 0) {
            throw new RuleViolation("planning.error.weights-conflict");
        }
        return weights();
    }

    private UserPrincipal requirePlanner() {
        UserPrincipal user = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.role() == Role.PARTNER) {
            throw new AccessDeniedException("Partners do not plan visits");
        }
        return user;
    }

    /**
     * The areas whose villages are ranked: the asked area where the scope covers it, else the scope's areas inside it
     * (nothing outside the scope, ever). Each must be a regency or smaller: a province's thousands of villages make no
     * visit list.
     */
    static List<String> ranges(AreaScope scope, String areaCode) {
        String area = areaCode == null ? "" : areaCode.strip();
        List<String> ranges = new ArrayList<>();
        if (!area.isEmpty() && scope.includes(area)) {
            ranges.add(area);
        } else {
            for (String s : scope.codes()) {
                if (area.isEmpty() || s.startsWith(area + ".")) {
                    ranges.add(s);
                }
            }
        }
        if (ranges.isEmpty()) {
            throw new RuleViolation("planning.error.area-out-of-scope");
        }
        for (String r : ranges) {
            if (depth(r) < 2) {
                throw new RuleViolation("planning.error.area-too-wide");
            }
        }
        return ranges;
    }

    /** 0 nation, 1 province, 2 regency, 3 district, 4 village. */
    private static int depth(String code) {
        return code.isEmpty() ? 0 : (int) code.chars().filter(c -> c == '.').count() + 1;
    }

    private List<VillageFacts> facts(String area, Map<String, Enrolment> enrolment) {
        List<VillagePlace> places = villages.places(area);
        if (places.isEmpty()) {
            return List.of();
        }
        Map<String, LocalDate> lastHeld = events.lastHeldIn(area);
        Map<String, Integer> potentials = new LinkedHashMap<>();
        places.forEach(p -> potentials.put(p.code(), p.potential()));
        // socialization held comes from the last held events already read; share of potential from the store's enrolled
        Map<String, Map<Criterion, State>> checks = villages.checks(potentials,
                EnumSet.of(Criterion.VILLAGE_HEAD_ENROLLED, Criterion.VILLAGE_STAFF_ENROLLED));
        Map<String, List<SiteType>> near = sitesNear(places, sites.inArea(area));
        Map<String, OfficeView> branches = offices.responsibleBranches(potentials.keySet());
        List<VillageFacts> facts = new ArrayList<>(places.size());
        for (VillagePlace p : places) {
            Enrolment e = enrolment.getOrDefault(p.code(), new Enrolment(0, 0));
            var unmet = new ArrayList<Criterion>();
            Map<Criterion, State> states = checks.getOrDefault(p.code(), Map.of());
            for (Criterion c : Criterion.values()) {
                State state = switch (c) {
                    case SOCIALIZATION_HELD -> lastHeld.containsKey(p.code()) ? State.MET : State.NOT_MET;
                    // the rule of enrollment's EnrollmentCriteria (same setting), on the store's enrolled figure
                    case SHARE_OF_POTENTIAL_ENROLLED -> p.potential() == null || p.potential() <= 0 ? State.NOT_TRACKED
                            : e.enrolled() >= Math.ceil(shareOfPotential * p.potential()) ? State.MET : State.NOT_MET;
                    default -> states.getOrDefault(c, State.NOT_TRACKED);
                };
                if (state == State.NOT_MET) {
                    unmet.add(c);
                }
            }
            OfficeView office = branches.get(p.code());
            Double km = office != null && office.located() && p.located()
                    ? PriorityScore.km(office.lat(), office.lng(), p.lat(), p.lng()) : null;
            facts.add(new VillageFacts(p.code(), p.name(), p.districtName(), p.status(), p.lat(), p.lng(), p.potential(),
                    e.enrolled(), e.active(), lastHeld.get(p.code()), unmet, near.getOrDefault(p.code(), List.of()),
                    office == null ? null : office.name(), office != null && office.located(), km));
        }
        return facts;
    }

    /**
     * The sites of each village: its own, and those of other villages within {@value PriorityScore#NEAR_SITE_KM} km
     * of its point (a market just over the village border draws its workers too). Sites × villages of one regency.
     */
    static Map<String, List<SiteType>> sitesNear(List<VillagePlace> places, List<SiteView> sites) {
        Map<String, List<SiteType>> result = new HashMap<>();
        for (SiteView s : sites) {
            result.computeIfAbsent(s.villageCode(), k -> new ArrayList<>()).add(s.type());
        }
        if (sites.isEmpty()) {
            return result;
        }
        // a box of ±0.02° (~2.2 km) first, the exact distance only for the few sites inside it
        double box = PriorityScore.NEAR_SITE_KM / 100.0;
        for (VillagePlace p : places) {
            if (!p.located()) {
                continue;
            }
            for (SiteView s : sites) {
                if (s.villageCode().equals(p.code()) || Math.abs(s.lat() - p.lat()) > box || Math.abs(s.lng() - p.lng()) > box) {
                    continue;
                }
                if (PriorityScore.km(p.lat(), p.lng(), s.lat(), s.lng()) <= PriorityScore.NEAR_SITE_KM) {
                    result.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(s.type());
                }
            }
        }
        return result;
    }

    private List<VillagePriority> filter(List<VillagePriority> ranked, List<VillageFacts> facts, PriorityQuery q, List<String> ranges) {
        if (q.status() == null && q.occupation() == null && !q.withSites()) {
            return ranked;
        }
        Map<String, VillageFacts> byCode = new HashMap<>();
        facts.forEach(f -> byCode.put(f.code(), f));
        Set<String> withOccupation = null;
        if (q.occupation() != null) {
            withOccupation = new java.util.HashSet<>();
            for (String r : ranges) {
                withOccupation.addAll(workers.villagesWithOccupation(r, q.occupation()));
            }
        }
        List<VillagePriority> shown = new ArrayList<>();
        for (VillagePriority p : ranked) {
            VillageFacts f = byCode.get(p.code());
            if ((q.status() == null || p.status() == q.status())
                    && (withOccupation == null || withOccupation.contains(p.code()))
                    && (!q.withSites() || !f.sites().isEmpty())) {
                shown.add(p);
            }
        }
        return shown;
    }
}
