package id.bpjstk.desasadar.territory;

/**
 * Filters of the villages grid; null means "any".
 *
 * @param areaCode     a province, regency or district code (or a village code) to narrow to
 * @param nameContains part of the village name, case-insensitive
 * @param byCode       sort by code instead of by name
 */
public record VillageQuery(String areaCode, DesignationStatus status, String nameContains, boolean byCode,
                           boolean descending) {
    public static final VillageQuery ALL = new VillageQuery(null, null, null, false, false);
}
