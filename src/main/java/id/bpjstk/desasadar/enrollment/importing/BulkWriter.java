package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportWriter;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.coverage.CoverageUpkeep;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every import writer shares: its own connection and transactions, batches, the counts, and the two modes.
 * {@link ImportMode#ACCEPT_VALID} commits each batch; {@link ImportMode#ALL_OR_NOTHING} keeps one transaction
 * and, at the first rejected row, rolls it back and stores nothing more. The rest of the file is still parsed and
 * every batch still checked, so that the report lists every rejected row. A subclass checks and stores one batch
 * ({@link #store}), storing nothing once {@link #doomed()}.
 *
 * <p>Not thread-safe; one writer per import, closed when done.
 *
 * @param <R> a row converted and validated as far as one row alone allows
 */
abstract class BulkWriter<R> implements ImportWriter<R> {

    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    /**
     * Rows per batch: one look-up of existing keys, one load and (accept-valid) one commit each. Commits cost a log
     * flush; at 2,000 rows the accept-valid import of 100,000 workers took 5.7 s against 3.6 s in one transaction,
     * so batches are as large as the key look-up comfortably allows.
     */
    public static final int BATCH_SIZE = 5_000;

    /** A row waiting in the batch, with its line and original cells for the report. */
    record Pending<R>(long line, R row, List<String> original) {
    }

    protected final Connection connection;
    protected final String createdAt;
    protected final String createdBy;
    private final ImportMode mode;
    private final RejectionReport report;
    private final List<Pending<R>> batch = new ArrayList<>(BATCH_SIZE);
    private long inserted;
    private long duplicates;
    private long rejected;
    private boolean finished;
    private final long started = System.nanoTime();

    /**
     * @param report receives every rejected and every duplicate row
     */
    BulkWriter(DataSource dataSource, ImportMode mode, String createdBy, LocalDateTime now, RejectionReport report) {
        this.mode = mode;
        this.report = report;
        this.createdBy = createdBy;
        this.createdAt = now.withNano(0).toString().replace('T', ' ');
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a connection for the import", e);
        }
    }

    /**
     * Stores the rows of one batch that are neither duplicates nor rejected, reporting those through
     * {@link #duplicate} and {@link #reject}; stores nothing once {@link #doomed()}.
     *
     * @return how many rows were stored
     */
    protected abstract long store(List<Pending<R>> rows) throws SQLException;

    /**
     * The coverage store's differences of the batches since the last commit, written on the import's connection just
     * before it (decision 009): written per batch inside an all-or-nothing import, the nation's row would stay locked
     * for the whole import. A rollback forgets them.
     */
    protected final CoverageUpkeep.Pending coverageDifferences = new CoverageUpkeep.Pending();

    /** A row that passed the checks of one row alone; checked further and stored when its batch is full or at {@link #finish()}. */
    @Override
    public void add(long line, R row, List<String> original) {
        batch.add(new Pending<>(line, row, original));
        if (batch.size() == BATCH_SIZE) {
            flush();
        }
    }

    /** A refused row; in all-or-nothing mode it dooms the whole file. */
    @Override
    public void reject(long line, String column, RuleViolation reason, List<String> original) {
        report.add(line, column, reason, original);
        rejected++;
        if (mode == ImportMode.ALL_OR_NOTHING && rejected == 1) {
            rollback();
            inserted = 0;
        }
    }

    /** A row already stored (by an earlier import or line): skipped and reported, never an error. */
    protected void duplicate(Pending<R> row, String column, RuleViolation reason) {
        duplicates++;
        report.add(row.line(), column, reason, row.original());
    }

    /** Stores the last batch and commits, unless an all-or-nothing import had a rejected row. */
    @Override
    public ImportCounts finish() {
        flush();
        if (!doomed()) {
            try {
                coverageDifferences.write(connection);
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("commit of the import failed", e);
            }
        }
        finished = true;
        log.info("{} stored {} rows ({} duplicates, {} rejected) in {} ms, of which {} ms keeping the coverage store", getClass().getSimpleName(),
                inserted, duplicates, rejected, (System.nanoTime() - started) / 1_000_000, coverageDifferences.millis());
        return new ImportCounts(inserted, duplicates, rejected);
    }

    /**
     * Stops an import the user cancelled: the batch in progress is dropped (and, in all-or-nothing
     * mode, everything); returns what stays stored.
     */
    @Override
    public ImportCounts cancel() {
        batch.clear();
        rollback();
        finished = true;
        return new ImportCounts(mode == ImportMode.ALL_OR_NOTHING ? 0 : inserted, duplicates, rejected);
    }

    /** Rolls back whatever was not committed (all of it in all-or-nothing mode) unless finished. */
    @Override
    public void close() {
        try {
            if (!finished) {
                rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the import's connection", e);
        }
    }

    /**
     * Switches the import's connection to READ COMMITTED: no gap locks, so an all-or-nothing import keeps only the
     * rows it wrote or read in share mode locked, not the ranges between them (the pool resets the level when the
     * connection returns). Call from the constructor, before the first statement.
     */
    protected final void readCommitted() {
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the import's isolation level", e);
        }
    }

    protected boolean doomed() {
        return mode == ImportMode.ALL_OR_NOTHING && rejected > 0;
    }

    private void rollback() {
        try {
            connection.rollback();
            coverageDifferences.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("rollback of the import failed", e);
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Pending<R>> rows = List.copyOf(batch);
        batch.clear();
        try {
            long stored = store(rows);
            if (!doomed()) {
                inserted += stored;
            }
            if (mode == ImportMode.ACCEPT_VALID) {
                coverageDifferences.write(connection);
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing the import failed near line " + rows.getFirst().line(), e);
        }
    }
}
