package id.bpjstk.desasadar.territory;

/**
 * A village's recorded outreach potential changed (null: none recorded). Published inside the transaction of the
 * change, after the profile row is written, for read models that keep figures per potential (coverage).
 */
public record VillagePotentialChanged(String villageCode, Integer before, Integer after) {
}
