package id.bpjstk.desasadar.planning.route;

import java.time.LocalDateTime;

/**
 * When a visit may begin: arriving earlier means waiting, later is not allowed. An event already planned keeps its
 * time with {@link #at(LocalDateTime)} (earliest = latest). The window's date also fixes the stop's day.
 */
public record TimeWindow(LocalDateTime earliestStart, LocalDateTime latestStart) {

    public static TimeWindow at(LocalDateTime start) {
        return new TimeWindow(start, start);
    }
}
