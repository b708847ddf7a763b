package id.bpjstk.desasadar.territory;

/**
 * Computes one designation criterion from a feature's data (events decide "socialization held",
 * enrollment the others). Features register theirs as Spring beans; a criterion without a source is
 * shown as not tracked.
 */
public interface DesignationCriterionSource {

    DesignationCheck.Criterion criterion();

    DesignationCheck.State evaluate(String villageCode, Integer potential);
}
