package id.bpjstk.desasadar.base.security;

/**
 * Published (inside its transaction) by the feature owning offices when an office's areas change: users whose scope
 * follows that office see the new areas on their next request.
 */
public record OfficeAreasChanged(long officeId) {
}
