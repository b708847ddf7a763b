package id.bpjstk.desasadar.planning;

/** One component of a village's score: its 0..1 value and the points it adds (value × weight). */
public record ComponentScore(PriorityComponent component, double value, double points) {
}
