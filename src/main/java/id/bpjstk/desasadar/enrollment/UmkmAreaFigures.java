package id.bpjstk.desasadar.enrollment;

/**
 * A company's UMKM binaan summed over one area (a regency or district; the empty code: all of them): how many UMKM,
 * the workers they are estimated to employ, and the workers linked to them enrolled and active this month.
 */
public record UmkmAreaFigures(String code, String name, long umkm, long estimatedWorkers, long enrolled, long active) {

    /** Enrolled against estimated, or null when nothing is estimated. */
    public Double enrolledShare() {
        return estimatedWorkers == 0 ? null : (double) enrolled / estimatedWorkers;
    }
}
