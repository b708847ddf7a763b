package id.bpjstk.desasadar.outreach;

/** Planned, then either held or cancelled; held and cancelled are final. */
public enum EventStatus {
    PLANNED, HELD, CANCELLED
}
