package id.bpjstk.desasadar.audit.ui;

import com.vaadin.flow.component.Component;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.audit.TrailEntry;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

/** How the trail reads on screen: kinds and operations in the user's language, a change as "field: before → after". */
final class AuditTexts {

    /** Kinds with a label of their own; any other (a read action) shows as it is stored. */
    private static final Set<String> LABELLED = Set.of("village-profile", "site", "event", "agent", "worker", "contribution",
            "partner", "mou", "tariff", "target", "office", "user", "worker-import", "contribution-import", "umkm-import", "read");
    private static final int SUMMARY_MAX = 300;

    private AuditTexts() {
    }

    static String kind(Component c, String kind) {
        return kind != null && LABELLED.contains(kind) ? c.getTranslation("audit.kind." + kind) : kind;
    }

    static String operation(Component c, String operation) {
        return c.getTranslation("audit.operation." + operation.toLowerCase(java.util.Locale.ROOT));
    }

    static String time(Component c, LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()).map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.getDefault())));
    }

    static String value(Component c, String value) {
        return value == null ? c.getTranslation("audit.empty") : value;
    }

    /** The changed fields on one line, cut when long (the history shows them whole). */
    static String summary(Component c, TrailEntry e) {
        String text = e.changes().stream().map(f -> change(c, f)).collect(Collectors.joining("; "));
        return text.length() > SUMMARY_MAX ? text.substring(0, SUMMARY_MAX) + "…" : text;
    }

    private static String change(Component c, FieldChange f) {
        return f.before() == null ? f.field() + ": " + value(c, f.after())
                : f.after() == null ? f.field() + ": " + f.before() + " → " + c.getTranslation("audit.empty")
                : f.field() + ": " + f.before() + " → " + f.after();
    }
}
