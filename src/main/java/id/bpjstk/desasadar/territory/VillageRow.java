package id.bpjstk.desasadar.territory;

/** One line of the villages grid. */
public record VillageRow(String code, String name, String districtName, String regencyName, DesignationStatus status,
                         Integer potential) {
}
