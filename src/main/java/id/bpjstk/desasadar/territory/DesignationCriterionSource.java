package id.bpjstk.desasadar.territory;

/**
 * Computes one designation criterion from a feature's data (events decide "socialization held",
 * enrollment the others). Features register theirs as Spring beans; a criterion without a source is
 * shown as not tracked.
 */
public interface DesignationCriterionSource {

    DesignationCheck.Criterion criterion();

    DesignationCheck.State evaluate(String villageCode, Integer potential);

    /**
     * The criterion for many villages (village code → recorded potential, null when none). One query per village by
     * default; a source whose data allows it answers all at once (the planner ranks a regency of 300+ villages).
     */
    default java.util.Map<String, DesignationCheck.State> evaluateAll(java.util.Map<String, Integer> potentials) {
        var states = new java.util.HashMap<String, DesignationCheck.State>();
        potentials.forEach((village, potential) -> states.put(village, evaluate(village, potential)));
        return states;
    }
}
