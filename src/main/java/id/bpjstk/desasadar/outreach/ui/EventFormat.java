package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.Component;
import id.bpjstk.desasadar.outreach.EventView;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Event dates the Indonesian way (or the user's language): "26 Nov 2026 09.00". */
final class EventFormat {

    private EventFormat() {
    }

    static String when(Component c, EventView e) {
        var locale = c.getUI().map(ui -> ui.getLocale()).orElseGet(() -> com.vaadin.flow.component.UI.getCurrent().getLocale());
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(e.start());
    }
}
