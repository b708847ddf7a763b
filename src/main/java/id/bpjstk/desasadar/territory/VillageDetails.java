package id.bpjstk.desasadar.territory;

/** A village with the names of the areas above it, as the village panel shows it. */
public record VillageDetails(String code, String name, AreaKind kind, String districtName, String regencyName,
                             String provinceName, Double lat, Double lng) {
}
