package id.bpjstk.desasadar.outreach;

import com.vaadin.flow.component.Component;

/**
 * A part of the event page contributed by another feature (enrollment: the workers enrolled through the event), so
 * that the page shows it without outreach depending on that feature. Implementations are Spring beans.
 */
public interface EventSection {

    /** Sections are shown in this order, after the event's own facts. */
    int order();

    /** The section for an event the caller may see. */
    Component create(long eventId);
}
