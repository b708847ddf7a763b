package id.bpjstk.desasadar.planning.route;

/** Why a stop is not in the plan: every stop left out carries one, none is dropped silently. */
public enum UnfitReason {
    /** its time window or lock is on a date that is not one of the plan's days */
    NOT_A_PLAN_DAY,
    /** the visit is longer than the working hours of every day it may go to */
    VISIT_LONGER_THAN_DAY,
    /** its time window lies outside the day's working hours */
    WINDOW_OUTSIDE_HOURS,
    /** even driving straight there at the start of the day, the team arrives after the window's latest start */
    WINDOW_UNREACHABLE,
    /** the drive there and back plus the visit do not fit the day's hours */
    TOO_FAR_FOR_DAY,
    /** it fits alone, but not together with the other stops (the days are full, or its locked position is taken) */
    NO_ROOM,
    /** recompute of a given order: the coordinator's order does not contain it */
    NOT_IN_ORDER;

    public String messageKey() {
        return "route.unfit." + name().toLowerCase().replace('_', '-');
    }
}
