package id.bpjstk.desasadar.territory;

/**
 * A village as the planner ranks it: where it is (null coordinates when not imported), its district, its designation
 * status and its recorded outreach potential (null when not recorded).
 */
public record VillagePlace(String code, String name, String districtName, DesignationStatus status, Integer potential,
                           Double lat, Double lng) {

    public boolean located() {
        return lat != null && lng != null;
    }
}
