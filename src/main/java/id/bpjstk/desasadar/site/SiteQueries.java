package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of work sites, always cut to the caller's scope: one site, a page of the list, the sites of an area for
 * the planner and the worker form. The writes are {@link SiteService}'s, the downloads {@link SiteExport}'s, the map's
 * points and outlines those of the site map layers (decision 034).
 */
@Service
public class SiteQueries {

    private static final String LIST_SELECT = """
            SELECT s.id, s.name, s.type, s.commodity, s.operator, s.estimated_workers, s.contact, s.lat, s.lng,
                   s.outline IS NOT NULL, s.village_code, s.version
            FROM site s WHERE 1 = 1""";

    private final SiteRepository sites;
    private final AreaService areas;
    private final AreaDirectory directory;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    SiteQueries(SiteRepository sites, AreaService areas, AreaDirectory directory, CurrentUser currentUser, JdbcTemplate jdbc) {
        this.sites = sites;
        this.areas = areas;
        this.directory = directory;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<SiteView> find(long id) {
        AreaScope scope = currentUser.scope();
        return sites.findById(id).filter(s -> scope.includes(s.getVillageCode())).map(this::view);
    }

    /** One page of the sites in scope, ordered by name: one query, no count, fast however many there are. */
    @Transactional(readOnly = true)
    public List<SiteView> list(int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = scopeWhere(args);
        if (where == null) {
            return List.of();
        }
        args.add(limit);
        args.add(offset);
        return named(jdbc.query(LIST_SELECT + where + " ORDER BY s.name, s.id LIMIT ? OFFSET ?", (rs, i) -> row(rs), args.toArray()));
    }

    /**
     * The sites of the villages under {@code areaCode} ({@code ""}: all) in the caller's scope, by one range of
     * {@code ix_site_village}: the planner counts the work sites in and near each village.
     */
    @Transactional(readOnly = true)
    public List<SiteView> inArea(String areaCode) {
        var args = new ArrayList<Object>();
        String where = scopeWhere(args);
        if (where == null) {
            return List.of();
        }
        args.add(SqlLike.startingWith(areaCode == null ? "" : areaCode.strip()));
        return named(jdbc.query(LIST_SELECT + where + " AND s.village_code LIKE ? ORDER BY s.village_code, s.id", (rs, i) -> row(rs),
                args.toArray()));
    }

    /** Every site in scope, ordered by name (for exports and small lists). */
    @Transactional(readOnly = true)
    public List<SiteView> listAll() {
        var args = new ArrayList<Object>();
        String where = scopeWhere(args);
        return where == null ? List.of()
                : named(jdbc.query(LIST_SELECT + where + " ORDER BY s.name, s.id", (rs, i) -> row(rs), args.toArray()));
    }

    /** The scope as SQL: village code prefixes; null when the caller may see nothing. */
    private String scopeWhere(List<Object> args) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return null;
        }
        return scope.andSqlCondition("s.village_code", args);
    }

    private SiteView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SiteView(rs.getLong(1), rs.getString(2), SiteType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                (Integer) rs.getObject(6), rs.getString(7), rs.getDouble(8), rs.getDouble(9), rs.getBoolean(10),
                rs.getString(11), null, rs.getLong(12), canEdit());
    }

    /** The sites with their villages' names, from territory in one query per thousand distinct villages (not per row). */
    private List<SiteView> named(List<SiteView> rows) {
        Map<String, String> names = directory.names(rows.stream().map(SiteView::villageCode).collect(Collectors.toSet()));
        return rows.stream().map(s -> new SiteView(s.id(), s.name(), s.type(), s.commodity(), s.operator(), s.estimatedWorkers(),
                s.contact(), s.lat(), s.lng(), s.hasOutline(), s.villageCode(), names.get(s.villageCode()), s.version(),
                s.editable())).toList();
    }

    private boolean canEdit() {
        return currentUser.editsFieldWork();
    }

    private SiteView view(Site s) {
        Boolean hasOutline = jdbc.queryForObject("SELECT outline IS NOT NULL FROM site WHERE id = ?", Boolean.class, s.getId());
        String villageName = areas.findVillage(s.getVillageCode()).map(VillageDetails::name).orElse(s.getVillageCode());
        boolean editable = canEdit();
        return new SiteView(s.getId(), s.getName(), s.getType(), s.getCommodity(), s.getOperator(), s.getEstimatedWorkers(),
                s.getContact(), s.getLat(), s.getLng(), Boolean.TRUE.equals(hasOutline), s.getVillageCode(), villageName,
                s.getVersion(), editable);
    }
}
