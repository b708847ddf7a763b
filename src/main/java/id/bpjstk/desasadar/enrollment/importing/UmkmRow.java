package id.bpjstk.desasadar.enrollment.importing;

/**
 * An UMKM binaan ready to be stored as a site of its company: converted and checked as far as one row allows.
 *
 * @param key the company's key for it (see {@link UmkmCsvFormat#key}); a second row with the same key updates it
 */
record UmkmRow(String key, String name, String owner, String villageCode, String address, Integer estimatedWorkers,
               double lat, double lng) {
}
