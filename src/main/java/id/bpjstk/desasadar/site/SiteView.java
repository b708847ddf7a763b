package id.bpjstk.desasadar.site;

/** A site as its page and panel show it. */
public record SiteView(long id, String name, SiteType type, String commodity, String operator, Integer estimatedWorkers,
                       String contact, double lat, double lng, boolean hasOutline, String villageCode, String villageName,
                       long version, boolean editable) {
}
