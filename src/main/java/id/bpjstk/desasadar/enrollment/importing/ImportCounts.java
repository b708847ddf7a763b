package id.bpjstk.desasadar.enrollment.importing;

/**
 * @param inserted   rows stored (0 when an all-or-nothing import was rolled back)
 * @param duplicates rows skipped because their NIK was already registered, in the table or earlier in the file
 * @param rejected   rows refused by parsing or validation
 */
public record ImportCounts(long inserted, long duplicates, long rejected) {
}
