package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.bpjstk.desasadar.enrollment.WorkerView;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the worker screens write a status, a month, a date and an amount, in the reader's language. */
final class WorkerFormat {

    private WorkerFormat() {
    }

    /** "Aktif sejak Mar 2026" / "Non-aktif sejak Jun 2026". */
    static String status(Component in, WorkerView w) {
        return in.getTranslation(w.active() ? "worker.status.active-since" : "worker.status.inactive-since", month(in, w.statusSince()));
    }

    static String month(Component in, YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", locale(in)).format(month);
    }

    static String date(Component in, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(in)).format(date);
    }

    /** Whole rupiah with the reader's thousands separator: Rp1.500.000. */
    static String rupiah(Component in, long amount) {
        return "Rp" + NumberFormat.getIntegerInstance(locale(in)).format(amount);
    }

    private static Locale locale(Component in) {
        return in.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
    }

    static String village(WorkerView w) {
        return w.villageName() + " (" + w.villageCode() + ")";
    }
}
