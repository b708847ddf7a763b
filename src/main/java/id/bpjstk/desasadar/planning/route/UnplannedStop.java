package id.bpjstk.desasadar.planning.route;

/** A stop that is not in the plan, and why. */
public record UnplannedStop(String stopId, UnfitReason reason) {
}
