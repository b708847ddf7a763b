package id.bpjstk.desasadar.territory;

/** Level in the Kemendagri hierarchy, read from the shape of the code. */
public enum AreaLevel {
    PROVINCE, REGENCY, DISTRICT, VILLAGE;

    public static AreaLevel ofCode(String code) {
        return switch (code.length()) {
            case 2 -> PROVINCE;
            case 5 -> REGENCY;
            case 8 -> DISTRICT;
            case 13 -> VILLAGE;
            default -> throw new IllegalArgumentException("Not a Kemendagri area code: " + code);
        };
    }
}
