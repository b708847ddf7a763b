package id.bpjstk.desasadar.territory;

/** An area of the Kemendagri list as reference data: its code, name and level. */
public record AreaEntry(String code, String name, AreaLevel level) {
}
