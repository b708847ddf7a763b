package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of the priority components (table {@code priority_weights}, V030), edited by an administrator. A
 * component's points are its weight times its 0..1 value, so with the defaults (which add up to 100) a score reads as
 * points out of 100. {@code version} refuses the second of two administrators saving at once.
 */
public record PriorityWeights(double unreached, double lapsed, double sinceLastEvent, double unmetCriteria, double workSites,
                              double nearOffice, long version) {

    /** The defaults of V030 (README, "Visit priority"). */
    public static final PriorityWeights DEFAULTS = new PriorityWeights(30, 25, 15, 15, 10, 5, 0);
    /** More than this is a typing error rather than a weighting. */
    public static final double MAX = 1000;

    /**
     * One weight's rule, applied by {@link PriorityService} on save and bound to its field by the weights screen
     * (decision 033): a number from 0 to {@link #MAX}. The refusal names the component by its message key.
     */
    public static double weight(PriorityComponent c, Double w) {
        if (w == null || Double.isNaN(w) || w < 0 || w > MAX) {
            throw new RuleViolation("planning.error.weight", "planning.component." + c.name(), MAX);
        }
        return w;
    }

    public double of(PriorityComponent c) {
        return switch (c) {
            case UNREACHED -> unreached;
            case LAPSED -> lapsed;
            case SINCE_LAST_EVENT -> sinceLastEvent;
            case UNMET_CRITERIA -> unmetCriteria;
            case WORK_SITES -> workSites;
            case NEAR_OFFICE -> nearOffice;
        };
    }

    public Map<PriorityComponent, Double> asMap() {
        var map = new EnumMap<PriorityComponent, Double>(PriorityComponent.class);
        for (PriorityComponent c : PriorityComponent.values()) {
            map.put(c, of(c));
        }
        return map;
    }

    /** The weights from a map of every component (missing ones are null, which validation refuses). */
    public static PriorityWeights of(Map<PriorityComponent, Double> w, long version) {
        return new PriorityWeights(nan(w.get(PriorityComponent.UNREACHED)), nan(w.get(PriorityComponent.LAPSED)),
                nan(w.get(PriorityComponent.SINCE_LAST_EVENT)), nan(w.get(PriorityComponent.UNMET_CRITERIA)),
                nan(w.get(PriorityComponent.WORK_SITES)), nan(w.get(PriorityComponent.NEAR_OFFICE)), version);
    }

    private static double nan(Double d) {
        return d == null ? Double.NaN : d;
    }

    public double total() {
        return unreached + lapsed + sinceLastEvent + unmetCriteria + workSites + nearOffice;
    }
}
