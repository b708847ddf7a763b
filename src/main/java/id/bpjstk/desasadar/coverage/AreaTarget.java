package id.bpjstk.desasadar.coverage;

/**
 * The target that applies to an area for one measure, and where it comes from. A regency without a target of its own
 * is measured against its province's ({@link Basis#PROVINCE}): the whole province's figure, not a share of it, so a
 * view must say so rather than compare the regency with it as if it were its own.
 */
public record AreaTarget(TargetMeasure measure, TargetView target, Basis basis) {

    public enum Basis {
        /** The area's own target. */
        OWN,
        /** The target of the regency the area (a district or village) lies in. */
        REGENCY,
        /** The target of the province the area lies in; no regency target exists. */
        PROVINCE
    }
}
