package id.bpjstk.desasadar.enrollment;

/** A village's workers: enrolled in all, and active this month. */
public record VillageEnrollment(long enrolled, long active) {
}
