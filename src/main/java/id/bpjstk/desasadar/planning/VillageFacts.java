package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.territory.DesignationCheck.Criterion;
import id.bpjstk.desasadar.territory.DesignationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What the score of one village is computed from, gathered in bulk by {@link PriorityService}.
 *
 * @param potential      recorded outreach potential, null when none
 * @param lastHeld       day of the last held event, null when none was ever held
 * @param unmetCriteria  the Desa Sadar criteria computed as not met (not-tracked ones are not counted)
 * @param sites          the types of the work sites in or near the village, one entry per site
 * @param office         name of the responsible branch office, null when none covers the village
 * @param distanceKm     great-circle distance from that office, null when the office or the village has no location
 */
record VillageFacts(String code, String name, String districtName, DesignationStatus status, Double lat, Double lng,
                    Integer potential, long enrolled, long active, LocalDate lastHeld, List<Criterion> unmetCriteria,
                    List<SiteType> sites, String office, boolean officeLocated, Double distanceKm) {
}
