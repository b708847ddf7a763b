package id.bpjstk.desasadar.outreach.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the event page contributed by another feature (enrollment: the workers enrolled through the event), so
 * that the page shows it without outreach depending on that feature. Implementations are Spring beans.
 * <p>Declared in outreach's named interface {@code ui}: other features' views implement it (docs/architecture.md).
 */
@NamedInterface("ui")
public interface EventSection {

    /** Sections are shown in this order, after the event's own facts. */
    int order();

    /** The section for an event the caller may see. */
    Component create(long eventId);
}
