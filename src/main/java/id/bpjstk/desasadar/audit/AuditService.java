package id.bpjstk.desasadar.audit;

import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who read what. Written in a transaction of its own, so that a read inside a read-only
 * transaction is still recorded, and a read that fails afterwards is recorded all the same.
 */
@Service
public class AuditService {

    /** The longest subject kept; a longer one (a long filter) is cut. */
    static final int SUBJECT_MAX = 500;

    /** One entry of the trail. */
    public record AuditEntry(LocalDateTime at, String username, String action, String subject) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(JdbcTemplate jdbc, CurrentUser currentUser, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    /** Records that the signed-in user did {@code action} (e.g. {@code worker.list}) on {@code subject}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String subject) {
        String who = currentUser.get().map(u -> u.username()).orElse("?");
        String what = subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject;
        jdbc.update("INSERT INTO audit_event (at, username, action, subject) VALUES (?, ?, ?, ?)",
                LocalDateTime.now(clock), who, action, what);
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

    /** The latest entries of a user, newest first: an administrator's enquiry. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(String username, int limit) {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator reads the audit trail");
        }
        return jdbc.query("SELECT at, username, action, subject FROM audit_event WHERE username = ? ORDER BY at DESC, id DESC LIMIT ?",
                (rs, i) -> new AuditEntry(rs.getObject(1, LocalDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)),
                username, limit);
    }
}
