package id.bpjstk.desasadar.coverage;

/**
 * A stored target as every reader sees it.
 *
 * @param ownerCode    the area code or the office code
 * @param ownerName    the area's or the office's name
 * @param illustrative a figure for demonstration or taken from a public statement, not an official target: the UI
 *                     labels it "ilustrasi"
 * @param version      for optimistic locking of edits; {@link #NEW} for a target not stored yet
 */
public record TargetView(Long id, int year, TargetOwner owner, String ownerCode, String ownerName, TargetMeasure measure,
                         long value, TargetPhasing phasing, boolean illustrative, String sourceNote, long version) {

    public static final long NEW = -1;

    public TargetDraft draft() {
        return new TargetDraft(year, owner, measure, value, phasing, illustrative, sourceNote);
    }
}
