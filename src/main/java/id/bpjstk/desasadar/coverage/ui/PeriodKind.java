package id.bpjstk.desasadar.coverage.ui;

import id.bpjstk.desasadar.coverage.CoveragePeriod;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The periods the view offers: recent months, quarters or years, newest first. */
enum PeriodKind {
    MONTH, QUARTER, YEAR;

    List<CoveragePeriod> recent(YearMonth now) {
        var periods = new ArrayList<CoveragePeriod>();
        switch (this) {
            case MONTH -> {
                for (int i = 0; i < 24; i++) {
                    periods.add(CoveragePeriod.month(now.minusMonths(i)));
                }
            }
            case QUARTER -> {
                int q = (now.getMonthValue() - 1) / 3 + 1;
                int year = now.getYear();
                for (int i = 0; i < 8; i++) {
                    periods.add(CoveragePeriod.quarter(year, q));
                    if (--q == 0) {
                        q = 4;
                        year--;
                    }
                }
            }
            case YEAR -> {
                for (int i = 0; i < 4; i++) {
                    periods.add(CoveragePeriod.year(now.getYear() - i));
                }
            }
        }
        return periods;
    }

    String label(CoveragePeriod p, Locale locale, String quarterPrefix) {
        return switch (this) {
            case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(p.from());
            case QUARTER -> quarterPrefix + ((p.from().getMonthValue() - 1) / 3 + 1) + " " + p.from().getYear();
            case YEAR -> Integer.toString(p.from().getYear());
        };
    }
}
