package id.bpjstk.desasadar.base.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.util.List;

/**
 * A writer for imports of a few thousand records at most (targets, work sites), which store through their feature's
 * service rather than in batches of their own: it keeps the counts and the report; the subclass stores in
 * {@link #add} (record by record) or in {@link #finish} (all at once).
 *
 * @param <R> a record converted and validated as far as one record alone allows
 */
public abstract class SmallImportWriter<R> implements ImportWriter<R> {

    private final RejectionReport report;
    protected long inserted;
    protected long duplicates;
    protected long rejected;

    protected SmallImportWriter(RejectionReport report) {
        this.report = report;
    }

    @Override
    public void reject(long line, String column, RuleViolation reason, List<String> original) {
        report.add(line, column, reason, original);
        rejected++;
    }

    @Override
    public ImportCounts finish() {
        return new ImportCounts(inserted, duplicates, rejected);
    }

    /** What was stored record by record stays stored; a subclass that stores at the end has stored nothing. */
    @Override
    public ImportCounts cancel() {
        return new ImportCounts(inserted, duplicates, rejected);
    }

    @Override
    public void close() {
        // nothing held: each record was stored by its feature's service in a transaction of its own
    }
}
