package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.text.CleanText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes of village outreach profiles and the Desa Sadar designation: edits by coordinators and administrators of
 * the village's area, every change kept in the history. A save based on an outdated version is refused, so of two
 * people editing at once the first one's work is kept. The reads are in {@link VillageProfileQueries}, the downloads
 * in {@link VillageExport} (decision 034).
 */
@Service
public class VillageProfileService {

    public static final int POTENTIAL_MAX = 1_000_000;
    public static final int NOTES_MAX = VillageProfile.NOTES_MAX;
    public static final int DECREE_MAX = VillageProfile.DECREE_MAX;
    public static final int REASON_MAX = VillageProfile.REASON_MAX;

    private final VillageProfileRepository profiles;
    private final VillageProfileQueries queries;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final VillagePointIndex villagePoints;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    VillageProfileService(VillageProfileRepository profiles, VillageProfileQueries queries, AreaService areas,
                          CurrentUser currentUser, JdbcTemplate jdbc, TransactionTemplate tx, VillagePointIndex villagePoints,
                          Clock clock, org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.profiles = profiles;
        this.queries = queries;
        this.areas = areas;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.tx = tx;
        this.villagePoints = villagePoints;
        this.clock = clock;
    }

    public VillageProfileView updateOutreach(String villageCode, Integer potential, String notes, long expectedVersion) {
        if (potential != null && (potential < 0 || potential > POTENTIAL_MAX)) {
            throw new RuleViolation("profile.error.potential", POTENTIAL_MAX);
        }
        String cleanNotes = CleanText.linesOrNull(notes);
        if (cleanNotes != null && cleanNotes.length() > NOTES_MAX) {
            throw new RuleViolation("profile.error.notes-length", NOTES_MAX);
        }
        return save(villageCode, expectedVersion, (p, user) -> {
            record(villageCode, user, "potential", p.getPotential(), potential);
            record(villageCode, user, "notes", p.getNotes(), cleanNotes);
            p.setOutreach(potential, cleanNotes);
        }, null);
    }

    /**
     * Moves the designation along: designated needs a date (not in the future) and a decree number;
     * revoked needs a date and a reason.
     */
    public VillageProfileView changeStatus(String villageCode, DesignationStatus to, LocalDate date, String decreeNumber,
                                           String reason, long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        String decree = blankToNull(decreeNumber);
        String why = blankToNull(reason);
        if (to == DesignationStatus.DESIGNATED || to == DesignationStatus.REVOKED) {
            if (date == null) {
                throw new RuleViolation("profile.error.date-required");
            }
            if (date.isAfter(today)) {
                throw new RuleViolation("profile.error.date-future");
            }
        }
        if (to == DesignationStatus.DESIGNATED && decree == null) {
            throw new RuleViolation("profile.error.decree-required");
        }
        if (decree != null && decree.length() > DECREE_MAX) {
            throw new RuleViolation("profile.error.decree-length", DECREE_MAX);
        }
        if (to == DesignationStatus.REVOKED && why == null) {
            throw new RuleViolation("profile.error.reason-required");
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new RuleViolation("profile.error.reason-length", REASON_MAX);
        }
        return save(villageCode, expectedVersion, (p, user) -> {
            if (!p.getStatus().next().contains(to)) {
                throw new RuleViolation("profile.error.transition", p.getStatus(), to);
            }
            String detail = switch (to) {
                case DESIGNATED -> to + " " + date + " (" + decree + ")";
                case REVOKED -> to + " " + date + ": " + why;
                default -> to.name();
            };
            record(villageCode, user, "status", p.getStatus(), detail);
            boolean dated = to == DesignationStatus.DESIGNATED || to == DesignationStatus.REVOKED;
            p.setStatus(to, dated ? date : null, to == DesignationStatus.DESIGNATED ? decree : null,
                    to == DesignationStatus.REVOKED ? why : null);
        }, to);
    }

    private interface Edit {
        void apply(VillageProfile profile, UserPrincipal user);
    }

    private VillageProfileView save(String villageCode, long expectedVersion, Edit edit, DesignationStatus newStatus) {
        UserPrincipal user = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (areas.findVillage(villageCode).isEmpty()) {
            throw new RuleViolation("village.not-found");
        }
        if (!queries.canEdit(villageCode)) {
            throw new AccessDeniedException("Only coordinators and administrators of the area edit a village profile");
        }
        try {
            VersionedEdit.savingVoid("profile.error.conflict", () -> tx.executeWithoutResult(status -> {
                Optional<VillageProfile> stored = profiles.findById(villageCode);
                VillageProfile p = stored.orElseGet(() -> new VillageProfile(villageCode));
                VersionedEdit.requireVersion(stored.isPresent() ? p.getVersion() : VillageProfileView.UNSAVED, expectedVersion,
                        "profile.error.conflict");
                Integer potentialBefore = p.getPotential();
                edit.apply(p, user);
                profiles.saveAndFlush(p);
                if (!java.util.Objects.equals(potentialBefore, p.getPotential())) {
                    // in this transaction, after the row is written (coverage keeps its figures per potential)
                    publisher.publishEvent(new VillagePotentialChanged(villageCode, potentialBefore, p.getPotential()));
                }
                if (newStatus != null) {
                    villagePoints.statusChanged(villageCode, newStatus); // the map colours villages by status
                }
            }));
        } catch (DataIntegrityViolationException e) {
            // two first saves of the same profile: the second insert meets the first's row
            throw new RuleViolation("profile.error.conflict");
        }
        return queries.find(villageCode).orElseThrow();
    }

    private void record(String villageCode, UserPrincipal user, String field, Object from, Object to) {
        String old = from == null ? null : from.toString();
        String now = to == null ? null : to.toString();
        if (!Objects.equals(old, now)) {
            jdbc.update("""
                    INSERT INTO village_profile_change (village_code, changed_at, changed_by, field, old_value, new_value)
                    VALUES (?, ?, ?, ?, ?, ?)""", villageCode, Timestamp.from(Instant.now(clock)), user.username(), field, old, now);
        }
    }

    private static String blankToNull(String s) {
        return CleanText.oneLineOrNull(s);
    }
}
