package id.bpjstk.desasadar.planning;

import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.territory.DesignationStatus;

/**
 * What to rank and which villages to show; null means "any".
 *
 * @param areaCode   a regency, district or village code; null or blank: the caller's whole scope (which must then be
 *                   regencies or smaller areas — a province holds thousands of villages and is refused)
 * @param status     only villages with this Desa Sadar status
 * @param occupation only villages where at least one enrolled worker has this occupation
 * @param withSites  only villages with a work site in or near them
 */
public record PriorityQuery(String areaCode, DesignationStatus status, Occupation occupation, boolean withSites) {

    public static PriorityQuery all() {
        return new PriorityQuery(null, null, null, false);
    }

    public static PriorityQuery area(String areaCode) {
        return new PriorityQuery(areaCode, null, null, false);
    }
}
