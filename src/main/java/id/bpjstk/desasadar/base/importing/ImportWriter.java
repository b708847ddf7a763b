package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.List;

/**
 * Where an import's records go: each record read is either added (it passed the checks of one record alone) or
 * rejected (into the {@link RejectionReport}); at the end the writer finishes (stores what is pending and commits, or,
 * in an all-or-nothing import with a rejected record, stores nothing) or is cancelled. Not thread-safe: one per import,
 * closed when done.
 *
 * @param <R> a record converted and validated as far as one record alone allows
 */
public interface ImportWriter<R> extends AutoCloseable {

    /** A record that passed the checks of one record alone; may be checked further when its batch is stored. */
    void add(long line, R row, List<String> original);

    /** A refused record; in all-or-nothing mode it dooms the whole file. */
    void reject(long line, String column, RuleViolation reason, List<String> original);

    /** Stores what is pending and commits, unless the import is doomed. */
    ImportCounts finish();

    /** Stops an import the user cancelled; returns what stays stored. */
    ImportCounts cancel();

    /** Releases the writer; rolls back whatever was not committed unless finished. */
    @Override
    void close();
}
