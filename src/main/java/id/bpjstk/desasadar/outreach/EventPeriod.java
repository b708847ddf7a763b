package id.bpjstk.desasadar.outreach;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Which events the map shows, counted from today in the application's zone. */
enum EventPeriod {
    THIS_MONTH, LAST_3_MONTHS, NEXT_3_MONTHS, THIS_YEAR;

    LocalDateTime from(LocalDate today) {
        LocalDate from = switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_3_MONTHS -> today.minusMonths(3);
            case NEXT_3_MONTHS -> today;
            case THIS_YEAR -> today.withDayOfYear(1);
        };
        return from.atStartOfDay();
    }

    LocalDateTime to(LocalDate today) {
        LocalDate to = switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1).plusMonths(1);
            case LAST_3_MONTHS -> today.plusDays(1);
            case NEXT_3_MONTHS -> today.plusMonths(3);
            case THIS_YEAR -> today.withDayOfYear(1).plusYears(1);
        };
        return to.atStartOfDay();
    }
}
