package id.bpjstk.desasadar.coverage;

/**
 * The coverage of one area (or office) over a {@link CoveragePeriod}, read from the village × month store.
 * {@code potential} is the sum of the recorded outreach potentials of its villages, and
 * {@code enrolledWherePotential} the enrolled workers of those same villages, so that the share of potential
 * enrolled compares like with like. Amounts are whole Rupiah.
 */
public record CoverageFigures(String code, String name, long reached, long newEnrollments, long enrolled, long active,
                              long nonActive, long paidByWorker, long paidByMou, long paidByAgent, long eventsHeld,
                              long activeAgents, long potential, long enrolledWherePotential) {

    public long contributions() {
        return paidByWorker + paidByMou + paidByAgent;
    }

    /** Active share of enrolled, or null when nobody is enrolled (no data, not zero). */
    public Double activeShare() {
        return enrolled == 0 ? null : (double) active / enrolled;
    }

    /** Share of the recorded potential enrolled, or null where no potential is recorded. */
    public Double potentialShare() {
        return potential == 0 ? null : (double) enrolledWherePotential / potential;
    }

    /** Workers reached per active participant (the programme's yardstick is about six), null without actives. */
    public Double reachedPerActive() {
        return active == 0 ? null : (double) reached / active;
    }
}
