package id.bpjstk.desasadar.audit;

import id.bpjstk.desasadar.base.db.Unrecorded;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What goes on the audit trail: who read what ({@code audit_event}) and who changed what ({@code audit_change}, written
 * by {@link EntityChangeListener} for every audited entity and by {@link #recordChange} for the few writes that bypass
 * JPA). Nothing here changes or deletes a row, and the database refuses it anyway. Administrators read the trail
 * through {@link AuditTrail} (decision 034).
 */
@Service
public class AuditService {

    /** The longest subject kept; a longer one (a long filter) is cut. */
    static final int SUBJECT_MAX = 500;
    /** The action of an export of the trail, itself on the trail. */
    public static final String EXPORT_ACTION = "audit.export";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ChangeTrail trail;
    private final Clock clock;

    AuditService(JdbcTemplate jdbc, CurrentUser currentUser, ChangeTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user did {@code action} (e.g. {@code worker.list}) on {@code subject}, in the caller's
     * transaction when there is one: the read and its record commit together, on the read's connection. A read must
     * therefore run in a read-write transaction. Not in a new transaction: a read holding its connection while its
     * record waited for a second one took two connections per page, and ten partners paging their grids while exports
     * held half the pool emptied it, every page of the app waiting 30 s (issue 13, item 6).
     */
    @Transactional
    public void record(String action, String subject) {
        write(action, subject);
    }

    /**
     * Records that the signed-in user did {@code action} on {@code subject} over {@code connection}: a streamed export's
     * own connection ({@code ExportConnections}), so that an export takes nothing from the pool that serves pages.
     */
    public void recordOn(JdbcOperations connection, String action, String subject) {
        write(connection, action, subject);
    }

    /**
     * Records a change made without JPA (an outline written as geometry, a bulk import run), in the caller's
     * transaction: it commits or rolls back with the change.
     *
     * @param operation {@code UPDATE}, {@code INSERT}, {@code DELETE}, or {@code IMPORT} for a bulk import run
     */
    @Transactional
    public void recordChange(String kind, String recordId, String operation, List<FieldChange> fields) {
        if (Unrecorded.active()) {
            return;
        }
        String who = currentUser.get().map(UserPrincipal::username).orElse(ChangeTrail.SYSTEM);
        var row = new ChangeTrail.Change(kind, recordId, ChangeTrail.Operation.valueOf(operation), who, fields);
        jdbc.execute((ConnectionCallback<Void>) c -> {
            trail.write(c, List.of(row));
            return null;
        });
    }

    /**
     * How many times the signed-in user did {@code action} since midnight (Jakarta time): the count behind a daily
     * limit, read from the trail itself so that it holds across sessions and servers.
     */
    @Transactional(readOnly = true)
    public long countToday(String action) {
        String who = currentUser.get().map(u -> u.username()).orElse("?");
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND at >= ? AND action = ?", Long.class,
                who, LocalDateTime.now(clock).toLocalDate().atStartOfDay(), action);
    }

    private void write(String action, String subject) {
        write(jdbc, action, subject);
    }

    private void write(JdbcOperations jdbc, String action, String subject) {
        String who = currentUser.get().map(u -> u.username()).orElse("?");
        String what = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        jdbc.update("INSERT INTO audit_event (at, username, action, subject) VALUES (?, ?, ?, ?)",
                LocalDateTime.now(clock), who, action, what);
    }
}
