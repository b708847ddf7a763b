package id.bpjstk.desasadar.territory;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of village profiles, cut to the caller's scope: one village's profile with its criteria and history, the
 * villages grid's pages, and the bulk reads of the visit planner. The writes are {@link VillageProfileService}'s, the
 * downloads {@link VillageExport}'s (decision 034).
 */
@Service
public class VillageProfileQueries {

    private final VillageProfileRepository profiles;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final List<DesignationCriterionSource> criterionSources;
    private final OfficeService offices;

    VillageProfileQueries(VillageProfileRepository profiles, AreaService areas, CurrentUser currentUser, JdbcTemplate jdbc,
                          List<DesignationCriterionSource> criterionSources, OfficeService offices) {
        this.profiles = profiles;
        this.areas = areas;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.criterionSources = criterionSources;
        this.offices = offices;
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

    static final String SELECT = """
            SELECT a.code, a.name, d.name, r.name, COALESCE(p.status, 'CANDIDATE'), p.potential, a.lat, a.lng
            FROM area a JOIN area d ON d.code = a.parent_code JOIN area r ON r.code = d.parent_code
            LEFT JOIN village_profile p ON p.village_code = a.code
            WHERE a.level = 'VILLAGE'""";

    /** The filter and scope conditions, with their arguments; null when the caller may see nothing. */
    String where(VillageQuery q, List<Object> args) {
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

    static VillageRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new VillageRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                DesignationStatus.valueOf(rs.getString(5)), (Integer) rs.getObject(6));
    }

    /** Whether the caller may edit the village's profile: a coordinator or administrator whose scope holds it. */
    boolean canEdit(String villageCode) {
        return currentUser.editsFieldWork() && currentUser.scope().includes(villageCode);
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
}
