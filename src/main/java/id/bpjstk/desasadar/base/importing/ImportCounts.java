package id.bpjstk.desasadar.base.importing;

/**
 * @param inserted   records stored (0 when an all-or-nothing import was rolled back)
 * @param duplicates records already stored (by an earlier import or line) and so skipped or updated, never an error
 * @param rejected   records refused by parsing or validation
 */
public record ImportCounts(long inserted, long duplicates, long rejected) {
}
