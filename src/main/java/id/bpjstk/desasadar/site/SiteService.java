package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.geo.MapPoint;
import id.bpjstk.desasadar.base.geo.PointLayer;
import id.bpjstk.desasadar.base.io.CsvCells;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import id.bpjstk.desasadar.territory.IndonesiaBounds;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work sites, scoped by the village they lie in. The village is derived from the point (inside a
 * village boundary, else the nearest centroid within 10 km) or, when that fails, chosen by the user.
 * Coordinators and administrators of the area edit; a save on an outdated version is refused.
 */
@Service
public class SiteService {

    public static final int NAME_MAX = SiteRules.NAME_MAX;
    public static final int COMMODITY_MAX = SiteRules.COMMODITY_MAX;
    public static final int OPERATOR_MAX = SiteRules.OPERATOR_MAX;
    public static final int CONTACT_MAX = SiteRules.CONTACT_MAX;
    public static final int WORKERS_MAX = SiteRules.WORKERS_MAX;
    /**
     * The most corners of a stored outline: a surveyed plantation from a GIS file may have thousands; a hand-drawn one
     * is held to the map's own, lower limit ({@code PolygonDrawnEvent.MAX_VERTICES}). Bounds the validation's cost.
     */
    public static final int OUTLINE_MAX_VERTICES = 10_000;
    /** The map shows at most this many single sites; beyond it the user zooms in. */
    static final int LAYER_MAX = 2000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteRepository sites;
    private final AreaService areas;
    private final AreaDirectory directory;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditService audit;
    /** The kind of a site on the change trail, as on {@link Site}. */
    private static final String AUDIT_KIND = "site";

    SiteService(SiteRepository sites, AreaService areas, AreaDirectory directory, CurrentUser currentUser, JdbcTemplate jdbc,
                TransactionTemplate tx, AuditService audit) {
        this.audit = audit;
        this.sites = sites;
        this.areas = areas;
        this.directory = directory;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The village a new site at this point would belong to, if it can be derived and is in scope. */
    public Optional<VillageDetails> villageFor(double lat, double lng) {
        return areas.villageAt(lat, lng).flatMap(areas::findVillage);
    }

    public SiteView create(SiteDraft draft) {
        requireEditor();
        Polygon outline = validate(draft);
        String village = villageOf(draft);
        long id = tx.execute(status -> {
            Site site = sites.saveAndFlush(new Site(draft, village));
            saveOutline(site.getId(), outline);
            return site.getId();
        });
        return find(id).orElseThrow();
    }

    public SiteView update(long id, SiteDraft draft, long expectedVersion) {
        requireEditor();
        Polygon outline = validate(draft);
        String village = villageOf(draft);
        return saveExisting(id, expectedVersion, site -> {
            site.update(draft, village);
            saveOutline(id, outline);
        });
    }

    /** Dragging the marker: the village follows the point. */
    public SiteView move(long id, double lat, double lng, long expectedVersion) {
        requireEditor();
        checkPoint(lat, lng);
        String village = inScope(areas.villageAt(lat, lng).orElseThrow(() -> new RuleViolation("site.error.village-needed")));
        return saveExisting(id, expectedVersion, site -> site.moveTo(lat, lng, village));
    }

    /** Draws (or redraws) the site's outline: a closed ring of [lat, lng] that does not cross itself. */
    public SiteView setOutline(long id, List<double[]> ring, long expectedVersion) {
        requireEditor();
        Polygon outline = outline(ring);
        if (find(id).isEmpty()) {
            throw new RuleViolation("site.error.not-found");
        }
        // the outline lives beside the entity (WKB); its version still moves on, so a concurrent edit is refused
        tx.executeWithoutResult(status -> {
            String before = outlineText(id);
            int updated = jdbc.update("UPDATE site SET outline = ST_GeomFromWKB(?), version = version + 1 WHERE id = ? AND version = ?",
                    new WKBWriter().write(outline), id, expectedVersion);
            if (updated == 0) {
                throw new RuleViolation("site.error.conflict");
            }
            recordOutline(id, before);
        });
        return find(id).orElseThrow();
    }

    /** Whether the caller's scope already holds a site of this name and kind at this point (to the metre). */
    @Transactional(readOnly = true)
    public boolean existsInScope(String name, SiteType type, double lat, double lng) {
        AreaScope scope = currentUser.scope();
        return name != null && jdbc.queryForList("""
                SELECT village_code FROM site WHERE name = ? AND type = ? AND ABS(lat - ?) < 0.00001 AND ABS(lng - ?) < 0.00001""",
                String.class, CleanText.oneLine(name), type.name(), lat, lng).stream().anyMatch(scope::includes);
    }

    /** Whether the site lies in the caller's scope: a worker's work site, asked by the worker import once per site. */
    @Transactional(readOnly = true)
    public boolean existsInScope(long id) {
        AreaScope scope = currentUser.scope();
        return jdbc.queryForList("SELECT village_code FROM site WHERE id = ?", String.class, id).stream().anyMatch(scope::includes);
    }

    /** Outlines of the sites in view and in scope, as a GeoJSON FeatureCollection. */
    @Transactional(readOnly = true)
    public String outlines(BoundingBox view) {
        AreaScope scope = currentUser.scope();
        var features = new ArrayList<String>();
        if (!scope.codes().isEmpty()) {
            jdbc.query("""
                    SELECT id, name, village_code, ST_AsGeoJSON(outline, 6) FROM site
                    WHERE outline IS NOT NULL AND lat BETWEEN ? AND ? AND lng BETWEEN ? AND ? LIMIT ?""", rs -> {
                if (scope.includes(rs.getString(3))) {
                    features.add("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + rs.getLong(1) + "\",\"name\":"
                            + JSON.writeValueAsString(rs.getString(2)) + "},\"geometry\":" + rs.getString(4) + "}");
                }
            }, view.south() - 0.5, view.north() + 0.5, view.west() - 0.5, view.east() + 0.5, LAYER_MAX);
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Transactional(readOnly = true)
    public Optional<SiteView> find(long id) {
        AreaScope scope = currentUser.scope();
        return sites.findById(id).filter(s -> scope.includes(s.getVillageCode())).map(this::view);
    }

    /** Sites in view and in scope, as single points styled by type. */
    @Transactional(readOnly = true)
    public PointLayer layer(BoundingBox view) {
        AreaScope scope = currentUser.scope();
        if (scope.codes().isEmpty()) {
            return PointLayer.EMPTY;
        }
        List<MapPoint> points = jdbc.query("""
                SELECT id, name, type, lat, lng, village_code FROM site
                WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ? LIMIT ?""",
                (rs, i) -> scope.includes(rs.getString(6))
                        ? new MapPoint(Long.toString(rs.getLong(1)), rs.getDouble(4), rs.getDouble(5), rs.getString(2),
                                styleClass(SiteType.valueOf(rs.getString(3))))
                        : null,
                view.south(), view.north(), view.west(), view.east(), LAYER_MAX * 4).stream()
                .filter(Objects::nonNull).limit(LAYER_MAX).toList();
        return new PointLayer(List.of(), points, points.size());
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

    private static final String LIST_SELECT = """
            SELECT s.id, s.name, s.type, s.commodity, s.operator, s.estimated_workers, s.contact, s.lat, s.lng,
                   s.outline IS NOT NULL, s.village_code, s.version
            FROM site s WHERE 1 = 1""";

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

    /** The sites in scope as CSV (text cells neutralised against spreadsheet formulas). */
    public void exportCsv(Writer out) throws IOException {
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("id", "name", "type", "commodity", "operator", "estimated_workers", "contact", "lat", "lng",
                        "village_code", "village_name").get())) {
            for (SiteView s : listAll()) {
                csv.printRecord(s.id(), text(s.name()), s.type(), text(s.commodity()), text(s.operator()), s.estimatedWorkers(),
                        text(s.contact()), s.lat(), s.lng(), s.villageCode(), text(s.villageName()));
            }
        }
    }

    /** The sites in scope as a GeoJSON FeatureCollection of points. */
    public void exportGeoJson(Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (SiteView s : listAll()) {
            var properties = new LinkedHashMap<String, Object>();
            properties.put("id", s.id());
            properties.put("name", s.name());
            properties.put("type", s.type().name());
            properties.put("commodity", s.commodity());
            properties.put("operator", s.operator());
            properties.put("estimated_workers", s.estimatedWorkers());
            properties.put("contact", s.contact());
            properties.put("village_code", s.villageCode());
            out.write(first ? "" : ",");
            first = false;
            out.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + s.lng() + "," + s.lat()
                    + "]},\"properties\":" + JSON.writeValueAsString(properties) + "}");
        }
        out.write("]}");
        out.flush();
    }

    private static String text(String value) {
        return CsvCells.text(value);
    }

    /** The map's style class for a site type (its legend uses the same). */
    public static String styleClass(SiteType type) {
        return "site-point site-" + type.name().toLowerCase().replace('_', '-');
    }

    private interface Change {
        void apply(Site site);
    }

    private SiteView saveExisting(long id, long expectedVersion, Change change) {
        VersionedEdit.savingVoid("site.error.conflict", () -> tx.executeWithoutResult(status -> {
            Site site = VersionedEdit.current(sites.findById(id).filter(s -> currentUser.scope().includes(s.getVillageCode())),
                    "site.error.not-found", Site::getVersion, expectedVersion, "site.error.conflict");
            change.apply(site);
            sites.saveAndFlush(site);
        }));
        return find(id).orElseThrow();
    }

    private Polygon validate(SiteDraft d) {
        SiteRules.name(d.name());
        SiteRules.type(d.type());
        SiteRules.commodity(d.commodity());
        SiteRules.operator(d.operator());
        SiteRules.contact(d.contact());
        SiteRules.workers(d.estimatedWorkers());
        checkPoint(d.lat(), d.lng());
        return d.outline() == null || d.outline().isEmpty() ? null : outline(d.outline());
    }

    private static void checkPoint(double lat, double lng) {
        if (!IndonesiaBounds.contains(lat, lng)) {
            throw new RuleViolation("site.error.outside-indonesia");
        }
    }

    /** A closed ring of at least four positions inside Indonesia that does not cross itself. */
    private static Polygon outline(List<double[]> ring) {
        if (ring.size() < 4 || ring.getFirst()[0] != ring.getLast()[0] || ring.getFirst()[1] != ring.getLast()[1]) {
            throw new RuleViolation("site.error.outline-unclosed");
        }
        if (ring.size() > OUTLINE_MAX_VERTICES) {
            throw new RuleViolation("site.error.outline-too-many-vertices", OUTLINE_MAX_VERTICES);
        }
        var coordinates = new ArrayList<Coordinate>();
        for (double[] p : ring) {
            checkPoint(p[0], p[1]);
            coordinates.add(new Coordinate(p[1], p[0]));
        }
        Polygon polygon = GEOMETRY.createPolygon(coordinates.toArray(Coordinate[]::new));
        if (!polygon.isValid()) {
            throw new RuleViolation("site.error.outline-invalid");
        }
        return polygon;
    }

    private String villageOf(SiteDraft d) {
        String code = d.villageCode() != null && !d.villageCode().isBlank()
                ? d.villageCode().strip()
                : areas.villageAt(d.lat(), d.lng()).orElseThrow(() -> new RuleViolation("site.error.village-needed"));
        return inScope(code);
    }

    private String inScope(String villageCode) {
        if (areas.findVillage(villageCode).isEmpty()) {
            throw new RuleViolation("site.error.village-out-of-scope");
        }
        return villageCode;
    }

    private void requireEditor() {
        currentUser.requireFieldEditor("Only coordinators and administrators edit sites");
    }

    private void saveOutline(long id, Polygon outline) {
        String before = outlineText(id);
        jdbc.update("UPDATE site SET outline = " + (outline == null ? "NULL" : "ST_GeomFromWKB(?)") + " WHERE id = ?",
                outline == null ? new Object[] {id} : new Object[] {new WKBWriter().write(outline), id});
        recordOutline(id, before);
    }

    private String outlineText(long id) {
        return jdbc.queryForList("SELECT ST_AsText(outline) FROM site WHERE id = ?", String.class, id).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The outline is written without JPA, so its change goes on the trail here (decision 018), in the same transaction. */
    private void recordOutline(long id, String before) {
        String after = outlineText(id);
        if (!java.util.Objects.equals(before, after)) {
            audit.recordChange(AUDIT_KIND, String.valueOf(id), "UPDATE", List.of(new FieldChange("outline", before, after)));
        }
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
