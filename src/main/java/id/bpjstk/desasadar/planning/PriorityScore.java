package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The score, as a pure function of the villages' facts and the weights (so that it is tested without a database).
 * Each component is normalised to 0..1 — counts relative to the largest among the villages ranked (the caller's
 * area, before the view's filters, so that filtering never changes a score), time and criteria on fixed scales — and
 * multiplied by its weight. Every component with points has a reason in words, and so has what made one zero when
 * the user would otherwise wonder (no potential recorded, an office without a location).
 */
final class PriorityScore {

    /** A work site in another village counts as "near" within this distance of the village's point. */
    static final double NEAR_SITE_KM = 2.0;
    /** Months without a held event after which that component is full. */
    static final int FULL_AFTER_MONTHS = 12;
    /** The Desa Sadar criteria (DesignationCheck.Criterion). */
    static final int CRITERIA = DesignationCheck.Criterion.values().length;

    private PriorityScore() {
    }

    static List<VillagePriority> rank(List<VillageFacts> villages, PriorityWeights w, LocalDate today) {
        long maxGap = villages.stream().mapToLong(PriorityScore::gap).max().orElse(0);
        long maxLapsed = villages.stream().mapToLong(PriorityScore::lapsed).max().orElse(0);
        long maxSites = villages.stream().mapToLong(v -> v.sites().size()).max().orElse(0);
        double maxKm = villages.stream().filter(v -> v.distanceKm() != null).mapToDouble(VillageFacts::distanceKm).max().orElse(0);
        var scored = new ArrayList<VillagePriority>(villages.size());
        for (VillageFacts v : villages) {
            var components = new ArrayList<ComponentScore>();
            var reasons = new ArrayList<Reason>();

            long gap = gap(v);
            components.add(score(PriorityComponent.UNREACHED, ratio(gap, maxGap), w));
            reasons.add(v.potential() == null || v.potential() <= 0
                    ? Reason.of("planning.reason.no-potential", v.enrolled())
                    : Reason.of("planning.reason.unreached", v.potential(), v.enrolled()));

            long lapsed = lapsed(v);
            components.add(score(PriorityComponent.LAPSED, ratio(lapsed, maxLapsed), w));
            if (lapsed > 0) {
                reasons.add(Reason.of("planning.reason.lapsed", lapsed));
            }

            if (v.lastHeld() == null) {
                components.add(score(PriorityComponent.SINCE_LAST_EVENT, 1, w));
                reasons.add(Reason.of("planning.reason.never-held"));
            } else {
                long months = Math.max(0, ChronoUnit.MONTHS.between(v.lastHeld(), today));
                components.add(score(PriorityComponent.SINCE_LAST_EVENT, Math.min(months, FULL_AFTER_MONTHS) / (double) FULL_AFTER_MONTHS, w));
                reasons.add(months == 0 ? Reason.of("planning.reason.held-recently") : Reason.of("planning.reason.since-event", months));
            }

            if (v.status() == DesignationStatus.DESIGNATED) {
                components.add(score(PriorityComponent.UNMET_CRITERIA, 0, w));
                reasons.add(Reason.of("planning.reason.designated"));
            } else {
                components.add(score(PriorityComponent.UNMET_CRITERIA, v.unmetCriteria().size() / (double) CRITERIA, w));
                if (!v.unmetCriteria().isEmpty()) {
                    reasons.add(Reason.of("planning.reason.criteria",
                            new Reason.Labels(v.unmetCriteria().stream().map(c -> "planning.criterion." + c.name()).toList())));
                }
            }

            components.add(score(PriorityComponent.WORK_SITES, ratio(v.sites().size(), maxSites), w));
            if (!v.sites().isEmpty()) {
                reasons.add(Reason.of("planning.reason.sites", v.sites().size(),
                        new Reason.Labels(v.sites().stream().distinct().sorted().map(PriorityScore::siteKey).toList())));
            }

            if (v.office() == null) {
                components.add(score(PriorityComponent.NEAR_OFFICE, 0, w));
                reasons.add(Reason.of("planning.reason.no-office"));
            } else if (!v.officeLocated()) {
                components.add(score(PriorityComponent.NEAR_OFFICE, 0, w));
                reasons.add(Reason.of("planning.reason.office-unlocated", v.office()));
            } else if (v.distanceKm() == null) {
                components.add(score(PriorityComponent.NEAR_OFFICE, 0, w));
                reasons.add(Reason.of("planning.reason.village-unlocated"));
            } else {
                components.add(score(PriorityComponent.NEAR_OFFICE, maxKm == 0 ? 1 : 1 - v.distanceKm() / maxKm, w));
                reasons.add(Reason.of("planning.reason.distance", Math.round(v.distanceKm() * 10) / 10.0, v.office()));
            }

            double total = components.stream().mapToDouble(ComponentScore::points).sum();
            scored.add(new VillagePriority(0, v.code(), v.name(), v.districtName(), v.status(), v.lat(), v.lng(), total,
                    components, reasons));
        }
        scored.sort(Comparator.comparingDouble(VillagePriority::score).reversed().thenComparing(VillagePriority::code));
        var ranked = new ArrayList<VillagePriority>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            VillagePriority p = scored.get(i);
            ranked.add(new VillagePriority(i + 1, p.code(), p.name(), p.districtName(), p.status(), p.lat(), p.lng(), p.score(),
                    p.components(), p.reasons()));
        }
        return ranked;
    }

    static long gap(VillageFacts v) {
        return v.potential() == null ? 0 : Math.max(0, v.potential() - v.enrolled());
    }

    static long lapsed(VillageFacts v) {
        return Math.max(0, v.enrolled() - v.active());
    }

    private static double ratio(long value, long max) {
        return max == 0 ? 0 : (double) value / max;
    }

    private static ComponentScore score(PriorityComponent c, double value, PriorityWeights w) {
        return new ComponentScore(c, value, value * w.of(c));
    }

    private static String siteKey(SiteType t) {
        return "planning.site." + t.name();
    }

    /** Great-circle distance in km (haversine, mean Earth radius). */
    static double km(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
