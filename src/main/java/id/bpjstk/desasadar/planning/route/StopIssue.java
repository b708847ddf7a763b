package id.bpjstk.desasadar.planning.route;

/** What is wrong with a stop in an order the coordinator gave (the optimiser never produces these). */
public enum StopIssue {
    /** arrives after the latest start of its time window */
    LATE_FOR_WINDOW,
    /** its time window (a planned event) is on another date */
    WRONG_DAY,
    /** the visit ends after the day's working hours */
    AFTER_HOURS;

    public String messageKey() {
        return "route.issue." + name().toLowerCase().replace('_', '-');
    }
}
