package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.io.CsvCells;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.UserPrincipal;
import id.bpjstk.desasadar.base.text.CleanText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Village outreach profiles and the Desa Sadar designation: scoped reads, edits by coordinators and
 * administrators of the village's area, every change kept in the history. A save based on an outdated
 * version is refused, so of two people editing at once the first one's work is kept.
 */
@Service
public class VillageProfileService {

    public static final int POTENTIAL_MAX = 1_000_000;
    public static final int NOTES_MAX = VillageProfile.NOTES_MAX;
    public static final int DECREE_MAX = VillageProfile.DECREE_MAX;
    public static final int REASON_MAX = VillageProfile.REASON_MAX;

    private final VillageProfileRepository profiles;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final List<DesignationCriterionSource> criterionSources;
    private final VillagePointIndex villagePoints;
    private final OfficeService offices;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    VillageProfileService(VillageProfileRepository profiles, AreaService areas, CurrentUser currentUser, JdbcTemplate jdbc,
                          TransactionTemplate tx, List<DesignationCriterionSource> criterionSources,
                          VillagePointIndex villagePoints, OfficeService offices, Clock clock,
                          org.springframework.context.ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.profiles = profiles;
        this.areas = areas;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.tx = tx;
        this.criterionSources = criterionSources;
        this.villagePoints = villagePoints;
        this.offices = offices;
        this.clock = clock;
    }

    /** The profile of a village in the caller's scope; empty for unknown and out-of-scope codes alike. */
    @Transactional(readOnly = true)
    public Optional<VillageProfileView> find(String villageCode) {
        return areas.findVillage(villageCode).map(village -> {
            Optional<VillageProfile> stored = profiles.findById(villageCode);
            VillageProfile p = stored.orElseGet(() -> new VillageProfile(villageCode));
            return new VillageProfileView(village, offices.responsibleBranch(villageCode).orElse(null),
                    p.getPotential(), p.getNotes(), p.getStatus(), p.getStatusDate(),
                    p.getDecreeNumber(), p.getRevokeReason(), stored.isPresent() ? p.getVersion() : VillageProfileView.UNSAVED,
                    checks(villageCode, p.getPotential()),
                    history(villageCode), canEdit(villageCode));
        });
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

    /** The villages grid: one page, in scope, without counting the whole result. */
    @Transactional(readOnly = true)
    public List<VillageRow> list(VillageQuery q, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(q, args);
        if (where == null) {
            return List.of();
        }
        String direction = q.descending() ? " DESC" : "";
        String sql = SELECT + where + (q.byCode() ? " ORDER BY a.code" + direction : " ORDER BY a.name" + direction + ", a.code")
                + " LIMIT ? OFFSET ?";
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql, (rs, i) -> row(rs), args.toArray());
    }

    /**
     * Every village under {@code areaCode} ({@code ""}: all) in the caller's scope with its position, status and
     * potential, in code order: one query by code prefix, for the visit planner's ranking.
     */
    @Transactional(readOnly = true)
    public List<VillagePlace> places(String areaCode) {
        var args = new ArrayList<Object>();
        String where = where(new VillageQuery(areaCode, null, null, true, false), args);
        if (where == null) {
            return List.of();
        }
        return jdbc.query(SELECT + where + " ORDER BY a.code", (rs, i) -> new VillagePlace(rs.getString(1), rs.getString(2),
                rs.getString(3), DesignationStatus.valueOf(rs.getString(5)), (Integer) rs.getObject(6),
                (Double) rs.getObject(7), (Double) rs.getObject(8)), args.toArray());
    }

    /**
     * The designation criteria of many villages at once (village code → potential), each source asked once for all of
     * them ({@link DesignationCriterionSource#evaluateAll}); criteria without a source are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.util.Map<DesignationCheck.Criterion, DesignationCheck.State>> checks(
            java.util.Map<String, Integer> potentials, java.util.Set<DesignationCheck.Criterion> criteria) {
        var result = new java.util.HashMap<String, java.util.Map<DesignationCheck.Criterion, DesignationCheck.State>>();
        for (DesignationCriterionSource source : criterionSources) {
            if (!criteria.contains(source.criterion())) {
                continue;
            }
            source.evaluateAll(potentials).forEach((village, state) ->
                    result.computeIfAbsent(village, k -> new java.util.EnumMap<>(DesignationCheck.Criterion.class))
                            .put(source.criterion(), state));
        }
        return result;
    }

    /** Every village of the query in scope, streamed as CSV (text cells neutralised against formulas). */
    @Transactional(readOnly = true)
    public void exportCsv(VillageQuery q, Writer out) throws IOException {
        var args = new ArrayList<Object>();
        String where = where(q, args);
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("code", "name", "district", "regency",
                "status", "potential", "lat", "lng").get())) {
            if (where != null) {
                jdbc.query(SELECT + where + " ORDER BY a.code", rs -> {
                    VillageRow r = row(rs);
                    try {
                        csv.printRecord(r.code(), CsvCells.text(r.name()), CsvCells.text(r.districtName()),
                                CsvCells.text(r.regencyName()), r.status(), r.potential(), rs.getObject(7), rs.getObject(8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, args.toArray());
            }
        }
    }

    /** Every village of the query in scope with coordinates, streamed as a GeoJSON FeatureCollection of points. */
    @Transactional(readOnly = true)
    public void exportGeoJson(VillageQuery q, Writer out) throws IOException {
        var args = new ArrayList<Object>();
        String where = where(q, args);
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        if (where != null) {
            var first = new boolean[] {true};
            jdbc.query(SELECT + where + " AND a.lat IS NOT NULL ORDER BY a.code", rs -> {
                VillageRow r = row(rs);
                var properties = new LinkedHashMap<String, Object>();
                properties.put("code", r.code());
                properties.put("name", r.name());
                properties.put("district", r.districtName());
                properties.put("regency", r.regencyName());
                properties.put("status", r.status().name());
                properties.put("potential", r.potential());
                try {
                    out.write((first[0] ? "" : ",") + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                            + rs.getDouble(8) + "," + rs.getDouble(7) + "]},\"properties\":" + JSON.writeValueAsString(properties) + "}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                first[0] = false;
            }, args.toArray());
        }
        out.write("]}");
        out.flush();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT a.code, a.name, d.name, r.name, COALESCE(p.status, 'CANDIDATE'), p.potential, a.lat, a.lng
            FROM area a JOIN area d ON d.code = a.parent_code JOIN area r ON r.code = d.parent_code
            LEFT JOIN village_profile p ON p.village_code = a.code
            WHERE a.level = 'VILLAGE'""";

    /** The filter and scope conditions, with their arguments; null when the caller may see nothing. */
    private String where(VillageQuery q, List<Object> args) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return null;
        }
        var sql = new StringBuilder();
        sql.append(scope.andSqlCondition("a.code", args));
        if (q.areaCode() != null && !q.areaCode().isBlank()) {
            sql.append(" AND a.code LIKE ?");
            args.add(SqlLike.startingWith(q.areaCode().strip()));
        }
        if (q.status() != null) {
            sql.append(" AND COALESCE(p.status, 'CANDIDATE') = ?");
            args.add(q.status().name());
        }
        if (q.nameContains() != null && !q.nameContains().isBlank()) {
            sql.append(" AND a.name LIKE ?");
            args.add(SqlLike.containing(q.nameContains().strip()));
        }
        return sql.toString();
    }

    private static VillageRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new VillageRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                DesignationStatus.valueOf(rs.getString(5)), (Integer) rs.getObject(6));
    }

    private interface Edit {
        void apply(VillageProfile profile, UserPrincipal user);
    }

    private VillageProfileView save(String villageCode, long expectedVersion, Edit edit, DesignationStatus newStatus) {
        UserPrincipal user = currentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (areas.findVillage(villageCode).isEmpty()) {
            throw new RuleViolation("village.not-found");
        }
        if (!canEdit(villageCode)) {
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
        return find(villageCode).orElseThrow();
    }

    private boolean canEdit(String villageCode) {
        return currentUser.editsFieldWork() && currentUser.scope().includes(villageCode);
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

    private List<ProfileChange> history(String villageCode) {
        return jdbc.query("""
                SELECT changed_at, changed_by, field, old_value, new_value FROM village_profile_change
                WHERE village_code = ? ORDER BY changed_at DESC, id DESC""",
                (rs, i) -> new ProfileChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), villageCode);
    }

    private List<DesignationCheck> checks(String villageCode, Integer potential) {
        return Arrays.stream(DesignationCheck.Criterion.values())
                .map(c -> new DesignationCheck(c, criterionSources.stream().filter(s -> s.criterion() == c).findFirst()
                        .map(s -> s.evaluate(villageCode, potential)).orElse(DesignationCheck.State.NOT_TRACKED)))
                .toList();
    }

    private static String blankToNull(String s) {
        return CleanText.oneLineOrNull(s);
    }
}
