package id.bpjstk.desasadar.planning.route;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One working day of a plan: the team leaves the start point no earlier than {@code start} and is back by {@code end}. */
public record RouteDay(LocalDate date, LocalTime start, LocalTime end) {

    LocalDateTime opens() {
        return date.atTime(start);
    }

    LocalDateTime closes() {
        return date.atTime(end);
    }
}
