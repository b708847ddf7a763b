package id.bpjstk.desasadar.coverage;

/**
 * What a target counts. Flows (new participants, contributions, agents recruited, villages designated) add up over
 * the months of the year; active participants is a stock to reach by the month.
 */
public enum TargetMeasure {
    /** New BPU participants enrolled in the year. */
    NEW_PARTICIPANTS(false),
    /** Active BPU participants (paid for a month within the last three). */
    ACTIVE_PARTICIPANTS(false),
    /** Contributions received, whole Rupiah. */
    CONTRIBUTIONS_RP(true),
    /** Perisai agents recruited in the year. */
    AGENTS_RECRUITED(false),
    /** Villages designated Desa Sadar Jaminan Sosial in the year. */
    VILLAGES_DESIGNATED(false);

    private final boolean rupiah;

    TargetMeasure(boolean rupiah) {
        this.rupiah = rupiah;
    }

    /** Whether the value is an amount of Rupiah (shown as "Rp…") rather than a count. */
    public boolean rupiah() {
        return rupiah;
    }

    public String messageKey() {
        return "target.measure." + name();
    }
}
