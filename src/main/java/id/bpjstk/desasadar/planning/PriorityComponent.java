package id.bpjstk.desasadar.planning;

/**
 * The parts of a village's visit priority, each normalised to 0..1 and multiplied by its weight (a setting, see
 * {@link PriorityWeights}); labels: {@code planning.component.NAME}.
 */
public enum PriorityComponent {
    /** Recorded potential not yet enrolled, relative to the largest gap among the villages ranked. */
    UNREACHED,
    /** Enrolled workers not active (no contribution for three months, or never paid), relative to the largest number. */
    LAPSED,
    /** Months since the last held event, full at twelve; a village never visited counts full. */
    SINCE_LAST_EVENT,
    /** Desa Sadar criteria not met, out of the four; a designated village counts none. */
    UNMET_CRITERIA,
    /** Work sites in the village or within {@value PriorityScore#NEAR_SITE_KM} km of it, relative to the most. */
    WORK_SITES,
    /** Nearness to the responsible branch office: 1 at the office, 0 for the farthest village ranked. */
    NEAR_OFFICE
}
