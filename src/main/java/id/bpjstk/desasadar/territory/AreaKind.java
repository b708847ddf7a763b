package id.bpjstk.desasadar.territory;

/**
 * What kind of regency or village an area is. Kemendagri encodes it in the code: regency numbers
 * 01–69 are kabupaten and 71–99 kota; the first digit of a village number is 1 kelurahan, 2 desa,
 * 3 desa adat.
 */
public enum AreaKind {
    KABUPATEN, KOTA, KELURAHAN, DESA, DESA_ADAT;

    /** Null for provinces and districts, which have no kind. */
    public static AreaKind ofCode(String code) {
        return switch (AreaLevel.ofCode(code)) {
            case REGENCY -> code.charAt(3) >= '7' ? KOTA : KABUPATEN;
            case VILLAGE -> switch (code.charAt(9)) {
                case '1' -> KELURAHAN;
                case '2' -> DESA;
                case '3' -> DESA_ADAT;
                default -> throw new IllegalArgumentException("Unknown village kind in code " + code);
            };
            default -> null;
        };
    }
}
