package id.bpjstk.desasadar;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import id.bpjstk.desasadar.base.geo.BoundingBox;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.MapLayerData;
import id.bpjstk.desasadar.base.ui.map.MapLayerSource;
import id.bpjstk.desasadar.base.ui.map.MapViewport;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerExport;
import id.bpjstk.desasadar.enrollment.WorkerFilter;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.MouDraft;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerDraft;
import id.bpjstk.desasadar.partner.PartnerKind;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.PartnerView;
import id.bpjstk.desasadar.partner.SubsidyBillService;
import id.bpjstk.desasadar.planning.calendar.DaySheetService;
import id.bpjstk.desasadar.site.SiteDraft;
import id.bpjstk.desasadar.site.SiteExport;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.territory.VillageExport;
import id.bpjstk.desasadar.territory.VillageProfileService;
import id.bpjstk.desasadar.territory.VillageQuery;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The whole access surface, enumerated rather than sampled (issue 13, item 1): every route of Vaadin's route registry,
 * every download and export, the map's data for a viewport and the imports, for every kind of user, each with a
 * record inside the user's scope and one outside it. The expected outcome of every cell is written below; a route
 * with no row fails the test, and the matrix is written to {@code docs/access-matrix.md} on every run.
 * <p>
 * Records: <b>A</b> lies in Surabaya (35.78), funded by the Surabaya municipality's MoU; <b>B</b> lies in Banyuasin
 * (16.07), self-paid or funded by the test company. "not found" is a page identical to that of an unknown id.
 */
@IntegrationTest
class AccessMatrixTest {

    /** The kinds of user, as the matrix's columns. */
    enum Who {
        ADMIN("admin", Role.ADMIN, AreaScope.NATIONAL),
        REGIONAL_HEAD("kakanwil.jatim", Role.REGIONAL_HEAD, "35"),
        COORDINATOR_BY_AREA("koordinator.banyuasin", Role.COORDINATOR, "16.07"),
        COORDINATOR_BY_OFFICE("koordinator.surabaya", Role.COORDINATOR),
        PARTNER_MUNICIPALITY("pemkot.surabaya", Role.PARTNER, "35.78"),
        PARTNER_COMPANY("matriks.perusahaan", Role.PARTNER, "16.07"),
        NO_SESSION(null, null);

        final String username;
        final Role role;
        final String[] scope;

        Who(String username, Role role, String... scope) {
            this.username = username;
            this.role = role;
            this.scope = scope;
        }
    }

    static final String SHOWN = "shown";
    static final String NOT_FOUND = "not found";
    static final String REFUSED = "refused";
    static final String SIGN_IN = "sign-in";
    static final String ROWS = "rows";
    static final String EMPTY = "empty";
    static final String ACCEPTED = "accepted";
    static final String OUT_OF_SCOPE = "row refused";

    static final String VILLAGE_A = "35.78.01.1001";
    static final String VILLAGE_B = "16.07.05.2003";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired PartnerService partners;
    @Autowired WorkerService workers;
    @Autowired WorkerExport exports;
    @Autowired ContributionService contributions;
    @Autowired WorkerImportService workerImports;
    @Autowired EventService events;
    @Autowired SiteService sites;
    @Autowired SiteExport siteExport;
    @Autowired VillageProfileService villages;
    @Autowired VillageExport villageExport;
    @Autowired SubsidyBillService bills;
    @Autowired DaySheetService daySheets;
    @Autowired List<MapLayerSource> layers;
    @Autowired JdbcTemplate jdbc;
    @Autowired LocalCaches caches;
    @TempDir Path temp;

    /** Ids of the records A and B of each kind, and an id no record has. */
    final Map<String, String[]> records = new LinkedHashMap<>();

    @BeforeEach
    void recordsInsideAndOutside() {
        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        PartnerView company = partners.savePartner(null, new PartnerDraft(PartnerKind.COMPANY, "PT Matriks Akses " + System.nanoTime(),
                "16.07", null, null, null), PartnerView.NEW);
        MouView companyMou = partners.saveMou(company.id(), null, new MouDraft("CSR/MATRIKS/" + System.nanoTime(), "CSR Banyuasin",
                TODAY.withDayOfYear(1), TODAY.withDayOfYear(1).plusYears(1).minusDays(1), 100, null, List.of("16.07")), MouView.NEW);
        users.createIfAbsent(Who.PARTNER_COMPANY.username, "Mitra PT Matriks", "matriks-kopi-9", Role.PARTNER, Set.of("16.07"));
        users.assignPartner(Who.PARTNER_COMPANY.username, company.id());
        MouView surabaya = partners.mousCovering(VILLAGE_A, TODAY).stream().filter(m -> m.partnerName().contains("Surabaya"))
                .findFirst().orElseThrow();

        long workerA = workers.enroll(worker("357801" + "010190" + "8801", VILLAGE_A, Funding.APBD, surabaya.id())).id();
        long workerB = workers.enroll(worker("160705" + "010190" + "8802", VILLAGE_B, Funding.SELF, null)).id();
        contributions.record(workerA, YearMonth.from(TODAY), null, null, TODAY, Payer.MOU, surabaya.id());
        contributions.record(workerB, YearMonth.from(TODAY), null, null, TODAY, Payer.WORKER, null);
        LocalDateTime at = TODAY.atTime(8, 0); // this month, as the map's events layer shows by default
        long eventA = events.plan(new EventDraft("Sosialisasi A", EventType.SOSIALISASI_DESA, at, at.plusHours(2), VILLAGE_A, null,
                Who.COORDINATOR_BY_OFFICE.username, null, null, null)).id();
        long eventB = events.plan(new EventDraft("Sosialisasi B", EventType.SOSIALISASI_DESA, at, at.plusHours(2), VILLAGE_B, null,
                Who.COORDINATOR_BY_AREA.username, null, null, null)).id();
        // the two villages on the map (the test database has no centroids; the next test class gets them back as they were)
        jdbc.update("UPDATE area SET lat = -7.2575, lng = 112.7521 WHERE code = ?", VILLAGE_A);
        jdbc.update("UPDATE area SET lat = -2.995, lng = 104.855 WHERE code = ?", VILLAGE_B);
        caches.invalidateAll();
        long siteA = sites.create(new SiteDraft("Pasar A " + System.nanoTime(), SiteType.PASAR, null, null, 30, null, -7.2575, 112.7521, null,
                VILLAGE_A)).id();
        long siteB = sites.create(new SiteDraft("Pasar B " + System.nanoTime(), SiteType.PASAR, null, null, 30, null, -2.995, 104.855, null,
                VILLAGE_B)).id();
        records.put("worker", ids(workerA, workerB));
        records.put("event", ids(eventA, eventB));
        records.put("site", ids(siteA, siteB));
        records.put("village", new String[] {VILLAGE_A, VILLAGE_B, "99.99.99.9999"});
        records.put("mou", ids(surabaya.id(), companyMou.id()));
        SignIn.out();
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void every_route_download_export_map_layer_and_import_gives_each_kind_of_user_what_the_access_rules_say() throws Exception {
        var actual = new LinkedHashMap<String, Map<Who, String>>();
        List<String> unlisted = new ArrayList<>();
        KaribuUi.start(ctx);
        Set<String> templates = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            templates.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
        }
        KaribuUi.stop();
        for (String template : templates) {
            if (!EXPECTED.containsKey("/" + template)) {
                unlisted.add("/" + template);
            }
            for (Who who : Who.values()) {
                actual.computeIfAbsent("/" + template, k -> new LinkedHashMap<>()).put(who, routeOutcome(template, who));
            }
        }
        for (var check : serviceChecks().entrySet()) {
            for (Who who : Who.values()) {
                actual.computeIfAbsent(check.getKey(), k -> new LinkedHashMap<>()).put(who, asUser(who, check.getValue()));
            }
        }

        AccessMatrixDoc.write(Path.of("docs/access-matrix.md"), actual, EXPECTED);
        assertThat(unlisted).as("routes with no row in the access matrix: add their expected outcomes").isEmpty();
        List<String> wrong = new ArrayList<>();
        actual.forEach((row, cells) -> cells.forEach((who, outcome) -> {
            String expected = EXPECTED.getOrDefault(row, Map.of()).get(who);
            if (expected != null && !expected.equals(outcome)) {
                wrong.add(row + " as " + who + ": expected " + expected + ", got " + outcome);
            }
        }));
        assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
    }

    /** A route's outcome; for a route with an id, the outcomes for A and B ("shown / not found"). */
    private String routeOutcome(String template, Who who) {
        if (!template.contains(":")) {
            return navigate(who, template, null);
        }
        String kind = switch (template.substring(0, template.indexOf('/'))) {
            case "peserta" -> "worker";
            case "kegiatan" -> "event";
            case "lokasi" -> "site";
            case "desa" -> "village";
            default -> throw new IllegalStateException("no records for " + template);
        };
        String[] ids = records.get(kind);
        String unknown = pageText(who, template, ids[2]);
        return navigate(who, template.replaceFirst(":\\w+", ids[0]), unknown == null ? null : unknown.replace(ids[2], "{id}"), ids[0])
                + " / " + navigate(who, template.replaceFirst(":\\w+", ids[1]), unknown == null ? null : unknown.replace(ids[2], "{id}"), ids[1]);
    }

    private String navigate(Who who, String path, String notFoundText, String... id) {
        KaribuUi.start(ctx);
        try {
            if (who.username != null) {
                KaribuUi.signIn(users, who.username, who.role, who.scope);
            }
            try {
                UI.getCurrent().navigate(path);
            } catch (MockAccessDeniedException refused) {
                return REFUSED;
            } catch (NotFoundException notFound) {
                return NOT_FOUND;
            }
            String at = KaribuUi.currentPath();
            if (at.equals("login") && !path.equals("login")) {
                return SIGN_IN;
            }
            if (!at.equals(path)) {
                return "→ /" + at;
            }
            if (notFoundText != null && id.length == 1 && content().replace(id[0], "{id}").equals(notFoundText)) {
                return NOT_FOUND;
            }
            return SHOWN;
        } catch (RuntimeException e) {
            return "error: " + e.getClass().getSimpleName();
        } finally {
            KaribuUi.stop();
        }
    }

    /** The text of the page at the path as the user sees it, or null when it is not a page (refused, not found). */
    private String pageText(Who who, String template, String id) {
        KaribuUi.start(ctx);
        try {
            if (who.username != null) {
                KaribuUi.signIn(users, who.username, who.role, who.scope);
            }
            UI.getCurrent().navigate(template.replaceFirst(":\\w+", id));
            return content();
        } catch (RuntimeException e) {
            return null;
        } finally {
            KaribuUi.stop();
        }
    }

    private static String content() {
        List<com.vaadin.flow.component.HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "" : chain.getFirst().getElement().getTextRecursively();
    }

    /** Everything reached without a route: downloads, exports, the map's data, imports; each for A and for B. */
    private Map<String, Function<Integer, String>> serviceChecks() {
        var checks = new LinkedHashMap<String, Function<Integer, String>>();
        String[] areas = {"35.78", "16.07"};
        for (ExportFormat format : ExportFormat.values()) {
            checks.put("export: workers (" + format + ")", i -> rows(() -> {
                var out = new ByteArrayOutputStream();
                exports.workers(new WorkerFilter(areas[i], null, null, null, null, null), format, out);
                return out.toByteArray();
            }, format));
            checks.put("export: payments (" + format + ")", i -> rows(() -> {
                var out = new ByteArrayOutputStream();
                exports.contributions(new WorkerFilter(areas[i], null, null, null, null, null), format, out);
                return out.toByteArray();
            }, format));
        }
        checks.put("export: villages (CSV)", i -> rows(() -> {
            var out = new StringWriter();
            villageExport.exportCsv(new VillageQuery(areas[i], null, null, false, false), out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }, ExportFormat.CSV));
        checks.put("export: sites (CSV)", i -> contains(() -> {
            var out = new StringWriter();
            siteExport.exportCsv(out);
            return out.toString();
        }, "Pasar " + (i == 0 ? "A" : "B")));
        checks.put("download: subsidy bill (PDF)", i -> file(() -> {
            var out = new ByteArrayOutputStream();
            bills.writePdf(Long.parseLong(records.get("mou")[i]), YearMonth.from(TODAY), out, key -> key);
            return out.toByteArray();
        }));
        checks.put("download: subsidy bill (XLSX)", i -> file(() -> {
            var out = new ByteArrayOutputStream();
            bills.writeXlsx(Long.parseLong(records.get("mou")[i]), YearMonth.from(TODAY), out, key -> key);
            return out.toByteArray();
        }));
        checks.put("download: day sheet (PDF) of an event", i -> file(() -> daySheets.pdf(List.of(Long.parseLong(records.get("event")[i])))));
        BoundingBox[] views = {new BoundingBox(-7.4, 112.6, -7.1, 112.9), new BoundingBox(-3.1, 104.7, -2.9, 104.95)};
        for (MapLayerSource layer : layers) {
            checks.put("map data: layer " + layer.id(), i -> mapData(layer, new MapViewport(views[i], 15, null)));
        }
        checks.put("import: workers", i -> importRow(i == 0 ? VILLAGE_A : VILLAGE_B, i));
        return checks;
    }

    private String asUser(Who who, Function<Integer, String> check) {
        try {
            if (who.username != null) {
                SignIn.as(users, who.username, who.role, who.scope);
            }
            return check.apply(0) + " / " + check.apply(1);
        } finally {
            SignIn.out();
        }
    }

    private static String rows(Callable<byte[]> export, ExportFormat format) {
        return outcome(() -> {
            byte[] bytes = export.call();
            if (format == ExportFormat.XLSX) {
                return xlsxRows(bytes) > 1 ? ROWS : EMPTY;
            }
            return new String(bytes, StandardCharsets.UTF_8).strip().lines().count() > 1 ? ROWS : EMPTY;
        });
    }

    private static String contains(Callable<String> export, String text) {
        return outcome(() -> export.call().contains(text) ? ROWS : EMPTY);
    }

    private static String file(Callable<byte[]> download) {
        return outcome(() -> download.call().length > 0 ? SHOWN : EMPTY);
    }

    private static String mapData(MapLayerSource layer, MapViewport view) {
        return outcome(() -> switch (layer.load(view)) {
            case MapLayerData.Points p -> p.layer().points().isEmpty() && p.layer().clusters().isEmpty() ? EMPTY : ROWS;
            case MapLayerData.GeoJson g -> g.featureCollection().contains("\"Feature\"") ? ROWS : EMPTY;
        });
    }

    /** One self-paid row in the record's village, in an all-or-nothing import that a bad second row stops. */
    private String importRow(String village, int i) {
        return outcome(() -> {
            Path file = temp.resolve("matrix-" + i + "-" + System.nanoTime() + ".csv");
            String district = village.substring(0, 8).replace(".", "");
            Files.writeString(file, String.join("\n",
                    "nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj",
                    district + "020290" + "880" + i + ";Peserta Matriks;;;;PETANI;" + village + ";tidak;1000000;SELF;" + TODAY + ";",
                    "bukan-nik;Baris Rusak;;;;PETANI;" + village + ";tidak;1000000;SELF;" + TODAY + ";") + "\n", StandardCharsets.UTF_8);
            ImportResult result = workerImports.importFile(file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> false);
            String report = id.bpjstk.desasadar.base.importing.RenderedReports.text(result.report(), v -> v.messageKey());
            return report.lines().anyMatch(l -> l.startsWith("2;")) ? OUT_OF_SCOPE : ACCEPTED;
        });
    }

    private static String outcome(Callable<String> check) {
        try {
            return check.call();
        } catch (AccessDeniedException refused) {
            return REFUSED;
        } catch (id.bpjstk.desasadar.base.error.RuleViolation violation) {
            return "refused: " + violation.messageKey();
        } catch (Exception e) {
            return "error: " + e.getClass().getSimpleName();
        }
    }

    private static long xlsxRows(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("matrix-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                String xml = new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
                return xml.split("<row ", -1).length - 1;
            }
        } finally {
            Files.delete(file);
        }
    }

    private static WorkerDraft worker(String nik, String village, Funding funding, Long mouId) {
        return new WorkerDraft(nik, "Peserta Matriks", null, null, null, Occupation.PETANI, village, null, null, false, 1_000_000, funding, mouId,
                TODAY, null, null, null);
    }

    private static String[] ids(long a, long b) {
        return new String[] {Long.toString(a), Long.toString(b), "999999999"};
    }

    /**
     * The expected outcome of every cell: the access rules of docs/architecture.md (Access) and the issues, one row per
     * entry point, the cells in the order of {@link Who}: administrator, regional head (35), coordinator by area
     * (16.07), coordinator by office (Surabaya: 35.78, 35.15), partner municipality (Surabaya), partner company
     * (Banyuasin), no session.
     */
    static final Map<String, Map<Who, String>> EXPECTED = new LinkedHashMap<>();

    private static void row(String entryPoint, String... cells) {
        if (cells.length != Who.values().length) {
            throw new IllegalArgumentException(entryPoint + ": " + cells.length + " cells");
        }
        var byWho = new LinkedHashMap<Who, String>();
        for (Who who : Who.values()) {
            byWho.put(who, cells[who.ordinal()]);
        }
        EXPECTED.put(entryPoint, byWho);
    }

    static {
        String staff = SHOWN;
        String home = "→ /mitra-saya";
        String both = SHOWN + " / " + SHOWN;
        String a = SHOWN + " / " + NOT_FOUND;
        String b = NOT_FOUND + " / " + SHOWN;
        String none = NOT_FOUND + " / " + NOT_FOUND;
        String signIn = SIGN_IN + " / " + SIGN_IN;
        // pages
        row("/", staff, staff, staff, staff, home, home, SIGN_IN);
        row("/about", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        for (String admin : List.of("/admin/audit", "/admin/import", "/admin/kantor", "/admin/mitra", "/admin/pengguna", "/admin/prioritas",
                "/admin/tarif")) {
            row(admin, SHOWN, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, SIGN_IN);
        }
        row("/admin/target", SHOWN, SHOWN, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);
        row("/target", SHOWN, SHOWN, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);
        row("/agen", SHOWN, SHOWN, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);
        row("/akun", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        // the password change is a gate for users who must change theirs; the others are sent to their account
        row("/akun/sandi", "→ /akun", "→ /akun", "→ /akun", "→ /akun", "→ /akun", "→ /akun", SIGN_IN);
        row("/cakupan", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/desa", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/desa/:code", both, a, b, a, a, b, signIn);
        row("/iuran/impor", SHOWN, REFUSED, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);
        row("/kalender-saya", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/kegiatan", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/kegiatan/:id", both, a, b, a, a, b, signIn);
        row("/kegiatan/kalender", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/login", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN);
        row("/lokasi", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/lokasi/:id", both, a, b, a, a, b, signIn);
        row("/mitra-saya", REFUSED, REFUSED, REFUSED, REFUSED, SHOWN, SHOWN, SIGN_IN);
        row("/peserta", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/peserta/:id", both, a, b, a, a, none, signIn);
        row("/peserta/impor", SHOWN, REFUSED, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);
        row("/rencana", SHOWN, SHOWN, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);
        // a company's UMKM binaan: officers choose a company, its partner sees its own (decision 017)
        row("/umkm-binaan", SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SHOWN, SIGN_IN);
        row("/umkm-binaan/impor", SHOWN, REFUSED, SHOWN, SHOWN, REFUSED, REFUSED, SIGN_IN);

        // downloads and exports: a partner's exports hold its own MoUs' workers only; an id outside the scope is
        // answered as an unknown one
        String rows = ROWS + " / " + ROWS;
        String rowsA = ROWS + " / " + EMPTY;
        String rowsB = EMPTY + " / " + ROWS;
        String empty = EMPTY + " / " + EMPTY;
        for (String format : List.of("CSV", "XLSX")) {
            row("export: workers (" + format + ")", rows, rowsA, rowsB, rowsA, rowsA, empty, empty);
            row("export: payments (" + format + ")", rows, rowsA, rowsB, rowsA, rowsA, empty, empty);
        }
        row("export: villages (CSV)", rows, rowsA, rowsB, rowsA, rowsA, rowsB, empty);
        row("export: sites (CSV)", rows, rowsA, rowsB, rowsA, rowsA, rowsB, empty);
        String unknownMou = "refused: bill.error.mou-unknown";
        for (String format : List.of("PDF", "XLSX")) {
            row("download: subsidy bill (" + format + ")", both, SHOWN + " / " + unknownMou, unknownMou + " / " + SHOWN,
                    SHOWN + " / " + unknownMou, SHOWN + " / " + unknownMou, unknownMou + " / " + SHOWN, unknownMou + " / " + unknownMou);
        }
        String unknownEvent = "refused: event.error.not-found";
        // a regional head reads events but prints no officer's day sheet (decision 013)
        row("download: day sheet (PDF) of an event", both, "refused: daysheet.error.officer-out-of-scope / " + unknownEvent,
                unknownEvent + " / " + SHOWN,
                SHOWN + " / " + unknownEvent, REFUSED + " / " + REFUSED, REFUSED + " / " + REFUSED, REFUSED + " / " + REFUSED);
        // the map's data for a viewport over A and over B
        row("map data: layer villages", rows, rowsA, rowsB, rowsA, rowsA, rowsB, empty);
        row("map data: layer sites", rows, rowsA, rowsB, rowsA, rowsA, rowsB, empty);
        row("map data: layer events", rows, rowsA, rowsB, rowsA, rowsA, rowsB, empty);
        for (String outlines : List.of("siteOutlines", "regencies", "villageOutlines")) {
            row("map data: layer " + outlines, empty, empty, empty, empty, empty, empty, empty); // no outlines in the test data
        }
        // imports: staff who enrol, for villages in their scope
        row("import: workers", ACCEPTED + " / " + ACCEPTED, REFUSED + " / " + REFUSED, OUT_OF_SCOPE + " / " + ACCEPTED,
                ACCEPTED + " / " + OUT_OF_SCOPE, REFUSED + " / " + REFUSED, REFUSED + " / " + REFUSED, REFUSED + " / " + REFUSED);
    }
}
