package id.bpjstk.desasadar.enrollment.importing;

import java.nio.file.Path;

/**
 * @param report the CSV report of every rejected and duplicate row (of either import) (a temporary file the caller offers
 *               for download and then deletes)
 */
public record ImportResult(Outcome outcome, ImportCounts counts, Path report) {

    public enum Outcome {
        /** Valid rows stored (in all-or-nothing mode: every row, none rejected). */
        STORED,
        /** All-or-nothing import with rejected rows: nothing stored. */
        ROLLED_BACK,
        /** Stopped by the user: batches already committed (accept-valid mode) stay, nothing else. */
        CANCELLED
    }
}
