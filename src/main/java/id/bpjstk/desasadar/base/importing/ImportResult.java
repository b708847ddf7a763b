package id.bpjstk.desasadar.base.importing;

/**
 * What an import did.
 *
 * @param read   records read from the file (until cancelled, if it was)
 * @param report every rejected (and reported duplicate) record with its reason as a message key: the caller renders
 *               it in the user's language ({@link RejectionReport#writeTo}) and then deletes it
 */
public record ImportResult(Outcome outcome, ImportCounts counts, long read, RejectionReport report) {

    public enum Outcome {
        /** Valid records stored (in all-or-nothing mode: every record, none rejected). */
        STORED,
        /** All-or-nothing import with rejected records: nothing stored. */
        ROLLED_BACK,
        /** Stopped by the user: what was already committed (accept-valid mode) stays, nothing else. */
        CANCELLED
    }
}
