package id.bpjstk.desasadar.planning.route;

import java.time.LocalDate;

/**
 * A coordinator's lock: the stop stays on {@code day}, and when {@code position} is given (1 = first stop of the day)
 * also at that place in the day's order. The optimiser arranges the other stops around it.
 */
public record StopLock(LocalDate day, Integer position) {

    public static StopLock toDay(LocalDate day) {
        return new StopLock(day, null);
    }
}
