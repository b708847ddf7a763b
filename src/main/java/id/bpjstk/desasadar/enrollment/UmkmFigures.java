package id.bpjstk.desasadar.enrollment;

/**
 * One UMKM binaan of a company with its workers: the estimate of the company's list against the workers linked to it
 * that are enrolled (for the company's own user: those its MoUs fund), and of those the ones active this month. Counts
 * only: no worker is named.
 */
public record UmkmFigures(long siteId, String name, String owner, String villageCode, String villageName, String address,
                          Integer estimatedWorkers, long enrolled, long active) {
}
