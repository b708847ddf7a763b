package id.bpjstk.desasadar.site;

import java.util.List;

/**
 * What a user enters for a site. {@code outline} is an optional ring of [lat, lng] positions;
 * {@code villageCode} is only needed when the village cannot be derived from the point.
 */
public record SiteDraft(String name, SiteType type, String commodity, String operator, Integer estimatedWorkers,
                        String contact, double lat, double lng, List<double[]> outline, String villageCode) {
}
