package id.bpjstk.desasadar.site;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.base.db.VersionedEdit;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.VillageDetails;
import id.bpjstk.desasadar.territory.IndonesiaBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes of work sites, scoped by the village they lie in. The village is derived from the point (inside a
 * village boundary, else the nearest centroid within 10 km) or, when that fails, chosen by the user.
 * Coordinators and administrators of the area edit; a save on an outdated version is refused. The reads are in
 * {@link SiteQueries}, the downloads in {@link SiteExport}, the map's points and outlines in {@link SiteMapLayer} and
 * {@link SiteOutlineMapLayer} (decision 034); the two {@code existsInScope} checks stay here, asked by imports before
 * they write.
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
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final SiteRepository sites;
    private final SiteQueries queries;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditService audit;
    /** The kind of a site on the change trail, as on {@link Site}. */
    private static final String AUDIT_KIND = "site";

    SiteService(SiteRepository sites, SiteQueries queries, AreaService areas, CurrentUser currentUser, JdbcTemplate jdbc,
                TransactionTemplate tx, AuditService audit) {
        this.audit = audit;
        this.sites = sites;
        this.queries = queries;
        this.areas = areas;
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
        return queries.find(id).orElseThrow();
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
        if (queries.find(id).isEmpty()) {
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
        return queries.find(id).orElseThrow();
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
        return queries.find(id).orElseThrow();
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

}
