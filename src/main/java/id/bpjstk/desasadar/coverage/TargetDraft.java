package id.bpjstk.desasadar.coverage;

/**
 * A target as the administrator enters it (form or CSV row); checked by {@link TargetService}.
 *
 * @param value      whole units (Rupiah for {@link TargetMeasure#CONTRIBUTIONS_RP}); null is refused
 * @param phasing    null means linear
 * @param sourceNote where the figure comes from; optional
 */
public record TargetDraft(int year, TargetOwner owner, TargetMeasure measure, Long value, TargetPhasing phasing,
                          boolean illustrative, String sourceNote) {

    public TargetDraft {
        phasing = phasing == null ? TargetPhasing.LINEAR : phasing;
    }
}
