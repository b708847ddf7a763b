package id.bpjstk.desasadar.audit;

import id.bpjstk.desasadar.base.db.ExportConnections;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.TableWriter;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the audit trail, by administrators only: a page of it, a record's history, a user's latest reads, and
 * its export (itself recorded). What goes on the trail is {@link AuditService}'s (decision 034).
 */
@Service
public class AuditTrail {

    /** Read actions an administrator may pick among the kinds (any other can still be typed). */
    static final List<String> READ_ACTIONS = List.of("worker.nik-lookup", "worker.read", "worker.list", "worker.export",
            "contribution.read", "contribution.export", "bill.download.pdf", "bill.download.xlsx", "partner.list-check", AuditService.EXPORT_ACTION);
    private static final int FETCH_SIZE = 1_000;
    private static final List<String> EXPORT_COLUMNS = List.of("at", "username", "kind", "record", "operation", "field", "before", "after");

    /** One entry of the trail. */
    public record AuditEntry(LocalDateTime at, String username, String action, String subject) {
    }

    private final JdbcTemplate jdbc;
    private final ExportConnections exports;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Set<String> changeKinds;

    AuditTrail(JdbcTemplate jdbc, ExportConnections exports, CurrentUser currentUser, AuditService audit, EntityManagerFactory entities) {
        this.jdbc = jdbc;
        this.exports = exports;
        this.currentUser = currentUser;
        this.audit = audit;
        this.changeKinds = EntityChangeListener.kinds(entities);
    }

    /** The latest read entries of a user, newest first: an administrator's enquiry. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(String username, int limit) {
        requireAdmin();
        return jdbc.query("SELECT at, username, action, subject FROM audit_event WHERE username = ? ORDER BY at DESC, id DESC LIMIT ?",
                (rs, i) -> new AuditEntry(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)),
                username, limit);
    }

    /** The kinds to filter on: every kind of record changed, the import runs, and the reads. */
    public List<String> kinds() {
        requireAdmin();
        Set<String> kinds = new TreeSet<>(changeKinds);
        kinds.addAll(List.of("worker-import", "contribution-import", "umkm-import"));
        List<String> all = new ArrayList<>(kinds);
        all.add(TrailFilter.READS);
        all.addAll(READ_ACTIONS);
        return all;
    }

    /** A page of the trail, newest first. */
    @Transactional(readOnly = true)
    public List<TrailEntry> find(TrailFilter filter, int offset, int limit) {
        requireAdmin();
        Query q = query(filter, offset + limit, false);
        if (q == null) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(q.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query(q.sql() + " LIMIT ? OFFSET ?", (rs, i) -> entry(rs), args.toArray());
    }

    /** Everything recorded of one record, oldest first: its changes, and the reads of it. */
    @Transactional(readOnly = true)
    public List<TrailEntry> history(String kind, String recordId) {
        requireAdmin();
        Query q = query(TrailFilter.record(kind, recordId), -1, true);
        return q == null ? List.of() : jdbc.query(q.sql(), (rs, i) -> entry(rs), q.args().toArray());
    }

    /**
     * Writes the rows matching the filter as CSV, newest first, one line per changed field, streamed from the database
     * (the trail grows large) over a connection of the exports' pool. The export itself goes on the trail first, over
     * the same connection. Leaves {@code out} open.
     */
    public void export(TrailFilter filter, OutputStream out) {
        requireAdmin();
        Query q = query(filter, -1, false);
        exports.export(db -> audit.recordOn(db, AuditService.EXPORT_ACTION, filter.toString()), db -> writeExport(db, q, out));
    }

    private void writeExport(JdbcOperations db, Query q, OutputStream out) {
        try (TableWriter table = TableWriter.open(ExportFormat.CSV, out, "Audit", EXPORT_COLUMNS)) {
            if (q == null) {
                return;
            }
            db.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(q.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < q.args().size(); i++) {
                    statement.setObject(i + 1, q.args().get(i));
                }
                return statement;
            }, rs -> {
                TrailEntry e = entry(rs);
                if (e.changes().isEmpty()) {
                    table.row(Arrays.asList(e.at(), e.username(), e.kind(), e.record(), e.operation(), null, null, null));
                }
                for (FieldChange f : e.changes()) {
                    table.row(Arrays.asList(e.at(), e.username(), e.kind(), e.record(), e.operation(), f.field(), f.before(), f.after()));
                }
            });
        }
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator reads the audit trail");
        }
    }

    private record Query(String sql, List<Object> args) {
    }

    /**
     * Changes and reads matching the filter, one ordered list. {@code each} (when positive) bounds each table's part,
     * so that a page near the top reads a few index entries of each table, not all of them.
     */
    private Query query(TrailFilter f, int each, boolean ascending) {
        String kind = f.kind();
        boolean readKind = kind != null && (kind.equals(TrailFilter.READS) || kind.contains("."));
        String order = ascending ? " ORDER BY at, id" : " ORDER BY at DESC, id DESC";
        String limit = each > 0 ? " LIMIT " + each : "";
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();

        if (!readKind) {
            var where = new ArrayList<String>();
            period(f, where, args);
            if (f.username() != null) {
                where.add("username = ?");
                args.add(f.username());
            }
            if (kind != null) {
                where.add("kind = ?");
                args.add(kind);
            }
            if (f.recordId() != null) {
                where.add("record_id = ?");
                args.add(f.recordId());
            }
            parts.add("(SELECT 'CHANGE' AS src, id, at, username, kind, record_id, operation, changes FROM audit_change"
                    + where(where) + order + limit + ")");
        }
        // reads: all of them, those of one action, or those of one record (subject "worker 12")
        boolean reads = kind == null ? f.recordId() == null : readKind || f.recordId() != null;
        if (reads) {
            var where = new ArrayList<String>();
            period(f, where, args);
            if (f.username() != null) {
                where.add("username = ?");
                args.add(f.username());
            }
            if (readKind && !kind.equals(TrailFilter.READS)) {
                where.add("action = ?");
                args.add(kind);
            }
            if (readKind && f.recordId() != null) {
                where.add("subject LIKE ?");
                args.add("%" + f.recordId().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            } else if (!readKind && f.recordId() != null) {
                where.add("subject = ?");
                args.add(kind + " " + f.recordId());
            }
            parts.add("(SELECT 'READ' AS src, id, at, username, action, subject, 'READ', NULL FROM audit_event"
                    + where(where) + order + limit + ")");
        }
        if (parts.isEmpty()) {
            return null;
        }
        String outer = ascending ? " ORDER BY at, src, id" : " ORDER BY at DESC, src DESC, id DESC";
        return new Query("SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") t" + outer, args);
    }

    private static void period(TrailFilter f, List<String> where, List<Object> args) {
        if (f.from() != null) {
            where.add("at >= ?");
            args.add(f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.add("at < ?");
            args.add(f.to().plusDays(1).atStartOfDay());
        }
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static TrailEntry entry(ResultSet rs) throws SQLException {
        var source = TrailEntry.Source.valueOf(rs.getString(1));
        return new TrailEntry(source, rs.getLong(2), rs.getObject(3, LocalDateTime.class), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), ChangeTrail.fields(rs.getString(8)));
    }
}
