package id.bpjstk.desasadar.coverage.ui;

import id.bpjstk.desasadar.coverage.CoverageFigures;

/**
 * What the choropleth colours areas by. Counts are classed by quantiles of the areas shown; shares and ratios by
 * fixed breaks, so that a colour means the same thing at every level. A null value is "no data", never zero.
 */
enum Metric {
    ENROLLED(false, null),
    ACTIVE(false, null),
    ACTIVE_SHARE(true, new double[] {0.2, 0.4, 0.6, 0.8}),
    POTENTIAL_SHARE(true, new double[] {0.05, 0.1, 0.2, 0.4}),
    ACHIEVEMENT(true, new double[] {0.25, 0.5, 0.75, 1.0}),
    REACHED_PER_ACTIVE(false, new double[] {2, 4, 6, 8});

    private final boolean share;
    private final double[] fixedBreaks;

    Metric(boolean share, double[] fixedBreaks) {
        this.share = share;
        this.fixedBreaks = fixedBreaks;
    }

    boolean share() {
        return share;
    }

    /** Fixed class breaks, or null to use quantiles of the values shown. */
    double[] fixedBreaks() {
        return fixedBreaks == null ? null : fixedBreaks.clone();
    }

    /** The value of an area, or null when it has no data for this metric ({@code target}: its phased target, may be null). */
    Double value(CoverageFigures f, Long target) {
        if (f == null) {
            return null;
        }
        return switch (this) {
            case ENROLLED -> (double) f.enrolled();
            case ACTIVE -> (double) f.active();
            case ACTIVE_SHARE -> f.activeShare();
            case POTENTIAL_SHARE -> f.potentialShare();
            case ACHIEVEMENT -> target == null || target == 0 ? null : (double) f.newEnrollments() / target;
            case REACHED_PER_ACTIVE -> f.reachedPerActive();
        };
    }
}
