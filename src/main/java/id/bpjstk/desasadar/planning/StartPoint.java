package id.bpjstk.desasadar.planning;

/** Where each day of a plan starts and ends: usually the office of the team. */
public record StartPoint(String label, double lat, double lng) {
}
