package id.bpjstk.desasadar.coverage;

/**
 * Whose target it is: an area (a province or regency code) or an office (its id), never both.
 */
public record TargetOwner(String areaCode, Long officeId) implements java.io.Serializable {

    public TargetOwner {
        if ((areaCode == null) == (officeId == null)) {
            throw new IllegalArgumentException("a target belongs to an area or to an office, not " + (areaCode == null ? "neither" : "both"));
        }
    }

    public static TargetOwner area(String code) {
        return new TargetOwner(code, null);
    }

    public static TargetOwner office(long id) {
        return new TargetOwner(null, id);
    }

    public boolean isArea() {
        return areaCode != null;
    }
}
