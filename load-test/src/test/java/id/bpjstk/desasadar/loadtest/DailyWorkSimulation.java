package id.bpjstk.desasadar.loadtest;

import static id.bpjstk.desasadar.loadtest.Vaadin.interaction;
import static id.bpjstk.desasadar.loadtest.Vaadin.navigate;
import static id.bpjstk.desasadar.loadtest.Vaadin.signIn;
import static id.bpjstk.desasadar.loadtest.Vaadin.ui;
import static id.bpjstk.desasadar.loadtest.Vaadin.uidl;
import static io.gatling.javaapi.core.CoreDsl.RawFileBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.bpjstk.desasadar.loadtest.VaadinUi.Node;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A working day of the app's users (issue 14, item 6; decision 027), against one node or HAProxy in front of several.
 * Every virtual user signs in once and then repeats its role's daily work, with think times of seconds, until the
 * test ends: so the number of users injected is the number signed in at once.
 *
 * <ul>
 *   <li>coordinator: the map of its area, pans and zooms, the worker grid page by page, a socialization planned from
 *       a village's page;</li>
 *   <li>regional head: the coverage view, drilled down province → regency → district, metric and period changed,
 *       back up;</li>
 *   <li>partner: its home page (MoUs, small map, bill), the worker grid page by page;</li>
 *   <li>one import of a worker CSV file by a coordinator, once the others are all signed in.</li>
 * </ul>
 *
 * Parameters (system properties, {@code .ci/load-test} passes them): baseUrl, coordinators, regionalHeads, partners,
 * rampSeconds, durationSeconds, importRows (0: no import), thinkScale (1.0; 0.1 for a quick functional check); for
 * pages under load (issue 13, item 6): slowExports, exportUsers, exportKilobytesPerSecond, partnerReloadSeconds and
 * targetP95Ms, the coordinators and regional heads then being the users judged.
 */
public class DailyWorkSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int COORDINATORS = Integer.getInteger("coordinators", 10);
    private static final int REGIONAL_HEADS = Integer.getInteger("regionalHeads", 5);
    private static final int PARTNERS = Integer.getInteger("partners", 5);
    private static final int RAMP = Integer.getInteger("rampSeconds", 60);
    private static final int DURATION = Integer.getInteger("durationSeconds", 300);
    private static final int IMPORT_ROWS = Integer.getInteger("importRows", 1000);
    private static final double THINK = Double.parseDouble(System.getProperty("thinkScale", "1.0"));
    /** Pages under load (issue 13, item 6): slow export downloads, by these users, at this line speed. */
    private static final int SLOW_EXPORTS = Integer.getInteger("slowExports", 0);
    private static final String[] EXPORT_USERS = System.getProperty("exportUsers", "admin").split(",");
    private static final int EXPORT_BYTES_PER_SECOND = Integer.getInteger("exportKilobytesPerSecond", 64) * 1024;
    /** Partners who only reload their worker grid, this many seconds apart on average (0: the partner's day). */
    private static final double PARTNER_RELOAD = Double.parseDouble(System.getProperty("partnerReloadSeconds", "0"));
    private static final List<SlowDownload> DOWNLOADS = new CopyOnWriteArrayList<>();

    /** The demo accounts of each role (README), spread over the virtual users. */
    private static final String[] COORDINATOR_USERS = {"koordinator.banyuasin"};
    private static final String[] REGIONAL_HEAD_USERS = {"kakanwil.jatim"};
    private static final String[] PARTNER_USERS = {"pemkot.surabaya", "mitra.perusahaan"};

    /** Banyuasin as the coordinator's map first shows it (zoom 9), and a village of theirs to plan a visit in. */
    private static final double[] BANYUASIN = {-3.56, 103.04, -1.36, 106.56};
    private static final String COORDINATOR_VILLAGE = "16.07.05.2002";
    private static final Pattern JATIM_CODE = Pattern.compile("\\b35\\.\\d\\d(\\.\\d\\d)?\\b");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptLanguageHeader("id-ID,id;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) desa-sadar load test")
            .disableCaching(); // UIDL answers are never cached anyway; the static bundle is not fetched at all

    private static ChainBuilder think(double minSeconds, double maxSeconds) {
        return pause(Duration.ofMillis((long) (minSeconds * 1000 * THINK)),
                Duration.ofMillis((long) (maxSeconds * 1000 * THINK)));
    }

    private static double random(double from, double to) {
        return ThreadLocalRandom.current().nextDouble(from, to);
    }

    private static <T> T any(List<T> items) {
        return items.get(ThreadLocalRandom.current().nextInt(items.size()));
    }

    // ---- the map ----

    /** The map's viewport event, as Leaflet's moveend sends it (bounds and zoom). */
    private static ArrayNode viewport(Session s, double[] bounds, int zoom) {
        Node map = ui(s).require("map", VaadinUi.tag("dsjs-leaflet-map"));
        var data = VaadinUi.data();
        data.put("event.detail.south", bounds[0]);
        data.put("event.detail.west", bounds[1]);
        data.put("event.detail.north", bounds[2]);
        data.put("event.detail.east", bounds[3]);
        data.put("event.detail.zoom", zoom);
        return VaadinUi.rpc(VaadinUi.event(map.id, "map-viewport-change", data));
    }

    /** The map drawn for the first time: it reports its viewport, the server answers with the layers in view. */
    private static final ChainBuilder MAP_FIRST_VIEW = exec(s -> s.set("bounds", BANYUASIN.clone()).set("zoom", 9))
            .exec(interaction("map first view", exec(uidl("map first view", s -> viewport(s, (double[]) s.get("bounds"), s.getInt("zoom"))))));

    /**
     * A pan by up to a third of the view, now and then a zoom in (village outlines from zoom 12) or back out: the
     * moves a coordinator makes to look at their villages.
     */
    private static final ChainBuilder MAP_PAN = exec(s -> {
        double[] b = ((double[]) s.get("bounds")).clone();
        int zoom = s.getInt("zoom");
        double h = b[2] - b[0];
        double w = b[3] - b[1];
        double dy = random(-h / 3, h / 3);
        double dx = random(-w / 3, w / 3);
        double roll = ThreadLocalRandom.current().nextDouble();
        if (roll < 0.3 && zoom < 13) {
            zoom++;
            h /= 2;
            w /= 2;
        } else if (roll < 0.45 && zoom > 9) {
            zoom--;
            h *= 2;
            w *= 2;
        }
        // stay over Banyuasin: a pan that would leave it turns back towards its centre
        double cy = Math.max(BANYUASIN[0], Math.min(BANYUASIN[2], (b[0] + b[2]) / 2 + dy));
        double cx = Math.max(BANYUASIN[1], Math.min(BANYUASIN[3], (b[1] + b[3]) / 2 + dx));
        return s.set("bounds", new double[] {cy - h / 2, cx - w / 2, cy + h / 2, cx + w / 2}).set("zoom", zoom);
    }).exec(interaction("map pan", exec(uidl("map pan", s -> viewport(s, (double[]) s.get("bounds"), s.getInt("zoom"))))));

    // ---- grids ----

    private static Node grid(Session s) {
        return ui(s).require("grid", VaadinUi.tag("vaadin-grid"));
    }

    /** The browser confirms the grid's last update (the server drops the rows it no longer needs to keep). */
    private static ArrayNode confirm(Session s) {
        Node g = grid(s);
        List<Integer> ids = ui(s).confirmations(g.id);
        ArrayNode rpc = VaadinUi.rpc();
        for (int id : ids) {
            rpc.add(ui(s).serverCall(g.id, "confirmUpdate", id));
        }
        return rpc;
    }

    /**
     * One page further down the grid: the range the grid asks for when scrolled (100 rows around what comes into
     * view, never past the rows it knows of: near the end of an estimated count the server raises the estimate), then
     * the confirmation.
     */
    private static ChainBuilder gridPage(String name) {
        return exec(s -> s.set("gridStart", Math.max(0, Math.min(s.getInt("gridStart") + 100, ui(s).size(grid(s).id) - 50))))
                .exec(interaction(name, exec(uidl(name + " rows",
                                s -> VaadinUi.rpc(ui(s).serverCall(grid(s).id, "setViewportRange", s.getInt("gridStart"), 100))))
                        .exec(uidl(name + " confirm", DailyWorkSimulation::confirm))));
    }

    /** The worker grid from the menu, its first rows, then three pages down with a look at each. */
    private static ChainBuilder workerGrid(String who) {
        return openWorkerGrid(who).exec(repeat(3).on(think(3, 8).exec(gridPage(who + ": worker grid page"))));
    }

    private static ChainBuilder openWorkerGrid(String who) {
        return exec(s -> s.set("gridStart", 0))
                .exec(interaction(who + ": worker grid", exec(navigate(who + ": worker grid open", "peserta"))
                        .exec(uidl(who + ": worker grid confirm", DailyWorkSimulation::confirm))));
    }

    // ---- coordinator ----

    private static ArrayNode click(Node button) {
        var data = VaadinUi.data();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        return VaadinUi.rpc(VaadinUi.event(button.id, "click", data));
    }

    /** A field typed into: the value synchronised and the change event, as the browser sends them on blur. */
    private static ArrayNode type(Node field, String value) {
        return VaadinUi.rpc(VaadinUi.sync(field.id, "value", TextNode.valueOf(value)), VaadinUi.event(field.id, "change", null));
    }

    /** From a village's page: "Rencanakan sosialisasi", a title typed in the dialog, "Simpan"; lands on the event. */
    private static final ChainBuilder PLAN_EVENT = exec(interaction("coordinator: village page",
                    exec(navigate("coordinator: village page open", "desa/" + COORDINATOR_VILLAGE))))
            .exec(think(5, 15))
            .exec(interaction("coordinator: plan dialog", exec(uidl("coordinator: plan dialog open",
                    s -> click(ui(s).require("plan button", ui(s).buttonWithText("Rencanakan sosialisasi")))))))
            .exec(think(10, 20))
            .exec(interaction("coordinator: plan title typed", exec(uidl("coordinator: plan title typed", s -> type(ui(s).require("title field",
                    VaadinUi.tagWithProperty("vaadin-text-field", "label", "Judul kegiatan")), "Sosialisasi BPU (uji beban)")))))
            .exec(think(3, 8))
            .exec(interaction("coordinator: plan saved", exec(uidl("coordinator: plan save",
                    s -> click(ui(s).require("save button", VaadinUi.tagWithClass("vaadin-button", "save-event")))))
                    .exec(s -> ui(s).find(n -> n.hasClass("event-detail")).isPresent() ? s
                            : s.markAsFailed())));

    private static ScenarioBuilder coordinators() {
        return scenario("coordinator")
                .exec(s -> s.set("username", COORDINATOR_USERS[(int) (s.userId() % COORDINATOR_USERS.length)]))
                .exec(signIn(""))
                .exec(MAP_FIRST_VIEW)
                .exec(during(Duration.ofSeconds(DURATION)).on(
                        repeat(4).on(think(4, 10).exec(MAP_PAN))
                                .exec(think(5, 10))
                                .exec(workerGrid("coordinator"))
                                .exec(think(5, 15))
                                .exec(PLAN_EVENT)
                                .exec(think(10, 30))
                                .exec(interaction("coordinator: map", exec(navigate("coordinator: map open", ""))
                                        .exec(uidl("coordinator: map view", s -> viewport(s, (double[]) s.get("bounds"), s.getInt("zoom"))))))
                                .exec(think(5, 15))));
    }

    // ---- regional head ----

    private static ArrayNode areaClick(Session s, String code) {
        Node map = ui(s).require("map", VaadinUi.tag("dsjs-leaflet-map"));
        var data = VaadinUi.data();
        data.put("event.detail.layer", "coverage");
        data.put("event.detail.code", code);
        return VaadinUi.rpc(VaadinUi.event(map.id, "map-area-click", data));
    }

    /** The children of the selected area drawn on the coverage map (their codes), one picked to drill into. */
    private static Session pickChild(Session s, int codeLength) {
        List<String> codes = new ArrayList<>(ui(s).matches(JATIM_CODE).stream().filter(c -> c.length() == codeLength).distinct().toList());
        return codes.isEmpty() ? s.markAsFailed() : s.set("drill", any(codes));
    }

    /** A Select set to another of its items (their keys are the values of its vaadin-select-item children). */
    private static ArrayNode choose(Session s, String label) {
        VaadinUi u = ui(s);
        Node select = u.require(label, VaadinUi.tagWithProperty("vaadin-select", "label", label));
        List<String> keys = u.findAll(n -> "vaadin-select-item".equals(n.tag()) && n.property("value") != null
                        && isUnder(u, n, select.id)).stream().map(n -> n.property("value"))
                .filter(k -> !k.equals(select.property("value"))).toList();
        String key = keys.isEmpty() ? "1" : any(keys);
        return VaadinUi.rpc(VaadinUi.sync(select.id, "value", TextNode.valueOf(key)), VaadinUi.event(select.id, "value-changed", null));
    }

    private static boolean isUnder(VaadinUi u, Node n, int ancestor) {
        Integer p = n.parent;
        for (int depth = 0; p != null && depth < 6; depth++) {
            if (p == ancestor) {
                return true;
            }
            Node parent = u.node(p);
            p = parent == null ? null : parent.parent;
        }
        return false;
    }

    private static ScenarioBuilder regionalHeads() {
        return scenario("regional head")
                .exec(s -> s.set("username", REGIONAL_HEAD_USERS[(int) (s.userId() % REGIONAL_HEAD_USERS.length)]))
                .exec(signIn(""))
                .exec(MAP_FIRST_VIEW)
                .exec(during(Duration.ofSeconds(DURATION)).on(
                        think(5, 15)
                                .exec(interaction("regional head: coverage", exec(navigate("regional head: coverage open", "cakupan"))))
                                .exec(think(10, 20))
                                .exec(s -> pickChild(s, 5))
                                .exec(interaction("regional head: drill to regency",
                                        exec(uidl("regional head: drill to regency", s -> areaClick(s, s.getString("drill"))))))
                                .exec(think(10, 20))
                                .exec(s -> pickChild(s, 8))
                                .exec(interaction("regional head: drill to district",
                                        exec(uidl("regional head: drill to district", s -> areaClick(s, s.getString("drill"))))))
                                .exec(think(10, 20))
                                .exec(interaction("regional head: metric changed",
                                        exec(uidl("regional head: metric changed", s -> choose(s, "Ukuran")))))
                                .exec(think(10, 20))
                                .exec(interaction("regional head: period changed",
                                        exec(uidl("regional head: period kind changed", s -> choose(s, "Jenis periode")))))
                                .exec(think(10, 20))
                                .exec(interaction("regional head: back to province",
                                        exec(uidl("regional head: back to province", s -> areaClick(s, "35")))))
                                .exec(think(10, 30))
                                .exec(interaction("regional head: map", exec(navigate("regional head: map open", ""))
                                        .exec(uidl("regional head: map view", s -> viewport(s, new double[] {-8.8, 110.9, -6.7, 114.6}, 8)))))));
    }

    // ---- partner ----

    private static ScenarioBuilder partners() {
        ChainBuilder day = PARTNER_RELOAD > 0
                // the load of issue 13, item 6: the worker grid loaded again and again, a few seconds apart
                ? pause(Duration.ofMillis((long) (PARTNER_RELOAD * 500)), Duration.ofMillis((long) (PARTNER_RELOAD * 1500)))
                        .exec(openWorkerGrid("partner"))
                : think(10, 30)
                        .exec(workerGrid("partner"))
                        .exec(think(10, 30))
                        .exec(interaction("partner: home", exec(navigate("partner: home open", "mitra-saya"))));
        return scenario("partner")
                .exec(s -> s.set("username", PARTNER_USERS[(int) (s.userId() % PARTNER_USERS.length)]))
                .exec(signIn("mitra-saya", PARTNER_RELOAD > 0 ? "partner: " : ""))
                .exec(during(Duration.ofSeconds(loadSeconds())).on(day));
    }

    // ---- slow exports (issue 13, item 6) ----

    /** The load's users work from the start of the ramp to the end; the others are timed after the ramp. */
    private static int loadSeconds() {
        return SLOW_EXPORTS > 0 ? RAMP + DURATION : DURATION;
    }

    /**
     * A national user opens the worker grid and downloads the whole worker export on a slow line (its own thread,
     * {@link SlowDownload}), again and again until the end; the virtual user itself only stays signed in.
     */
    private static ScenarioBuilder exporters() {
        return scenario("slow export")
                .exec(s -> s.set("username", EXPORT_USERS[(int) (s.userId() % EXPORT_USERS.length)]))
                .exec(signIn("", "export: "))
                .exec(interaction("export: worker grid", exec(navigate("export: worker grid open", "peserta"))))
                .exec(getCookieValue(CookieKey("JSESSIONID")))
                .exec(s -> {
                    Node link = ui(s).require("export link", n -> "a".equals(n.tag()) && ui(s).text(n).startsWith("Unduh peserta (CSV"));
                    var download = new SlowDownload(URI.create(BASE_URL + "/" + link.attribute("href")),
                            "JSESSIONID=" + s.getString("JSESSIONID"), EXPORT_BYTES_PER_SECOND);
                    DOWNLOADS.add(download);
                    download.start();
                    return s;
                })
                .exec(pause(Duration.ofSeconds(loadSeconds())));
    }

    // ---- one import ----

    /**
     * A worker CSV file of Banyuasin: valid NIKs of district 16.07.05 with random serials (a serial already taken is
     * reported as a duplicate, as a real second import would be).
     */
    private static Path importFile() {
        try {
            Path file = Files.createTempFile("load-test-workers", ".csv");
            StringBuilder csv = new StringBuilder("nik;nama;jenis_kelamin;tanggal_lahir;telepon;pekerjaan;kode_desa;jht;penghasilan;sumber_dana;tanggal_daftar;kpj\n");
            for (int i = 0; i < IMPORT_ROWS; i++) {
                csv.append(String.format("160705450890%04d;Peserta Uji %d;P;1990-08-05;0812%08d;PETANI;16.07.05.2002;ya;1000000;SELF;2026-01-15;%n",
                        ThreadLocalRandom.current().nextInt(1, 10000), i, ThreadLocalRandom.current().nextInt(100_000_000)));
            }
            Files.writeString(file, csv);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScenarioBuilder importer() {
        Path file = importFile();
        return scenario("import")
                .exec(s -> s.set("username", COORDINATOR_USERS[0]))
                .exec(signIn(""))
                .exec(MAP_FIRST_VIEW)
                .exec(think(5, 10))
                .exec(interaction("import: page", exec(navigate("import: page open", "peserta/impor"))))
                .exec(think(5, 10))
                .exec(s -> s.set("importStarted", System.currentTimeMillis()))
                .exec(interaction("import: upload", exec(uidl("import: upload start", s -> VaadinUi.rpc(VaadinUi.event(upload(s).id, "upload-start", null))))
                .exec(http("import: upload").post(s -> "/" + upload(s).attribute("target"))
                        .header("Content-Type", "text/csv")
                        .header("X-Filename", "peserta-uji-beban.csv")
                        .body(RawFileBody(file.toString()))
                        .check(status().is(200)))
                .exec(uidl("import: upload success", s -> {
                    var data = VaadinUi.data();
                    data.put("element.files.some(file => file.uploading)", false);
                    return VaadinUi.rpc(VaadinUi.event(upload(s).id, "upload-success", data));
                }))))
                .exec(s -> s.set("done", false))
                // the page polls every 500 ms while the import runs (CsvImportView), until the summary shows
                .exec(asLongAs(s -> !s.getBoolean("done")).on(
                        pause(Duration.ofMillis(500))
                                .exec(uidl("import: poll", s -> VaadinUi.rpc(VaadinUi.event(1, "ui-poll", null))))
                                .exec(s -> s.set("done", ui(s).find(n -> n.hasClass("import-summary") || n.hasClass("import-file-error")).isPresent()))))
                .exec(s -> {
                    long ms = System.currentTimeMillis() - s.getLong("importStarted");
                    String summary = ui(s).find(n -> n.hasClass("import-summary")).map(n -> ui(s).text(n)).orElse("(refused: see the report)");
                    System.out.printf("BENCHMARK load test import: %d rows, upload to summary %d ms: %s%n", IMPORT_ROWS, ms, summary);
                    return s;
                });
    }

    private static Node upload(Session s) {
        return ui(s).require("upload", VaadinUi.tag("vaadin-upload"));
    }

    /** With slow exports the coordinators and regional heads are the users timed under the load: they come after its ramp. */
    private static List<OpenInjectionStep> timedOrRamped(int users) {
        return SLOW_EXPORTS > 0 ? List.of(nothingFor(Duration.ofSeconds(RAMP)), rampUsers(users).during(10))
                : List.of(rampUsers(users).during(RAMP));
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (COORDINATORS > 0) {
            populations.add(coordinators().injectOpen(timedOrRamped(COORDINATORS)));
        }
        if (REGIONAL_HEADS > 0) {
            populations.add(regionalHeads().injectOpen(timedOrRamped(REGIONAL_HEADS)));
        }
        if (SLOW_EXPORTS > 0) {
            populations.add(exporters().injectOpen(rampUsers(SLOW_EXPORTS).during(RAMP)));
        }
        if (PARTNERS > 0) {
            populations.add(partners().injectOpen(rampUsers(PARTNERS).during(RAMP)));
        }
        if (IMPORT_ROWS > 0) {
            // once everybody is signed in, in the middle of the working day
            populations.add(importer().injectOpen(nothingFor(Duration.ofSeconds(RAMP + DURATION / 3)), rampUsers(1).during(1)));
        }
        System.out.printf("Load test against %s: %d coordinators, %d regional heads, %d partners%s, %d slow exports, ramp %d s, %d s of work,"
                        + " import of %d rows%n", BASE_URL, COORDINATORS, REGIONAL_HEADS, PARTNERS,
                PARTNER_RELOAD > 0 ? " reloading their grid every " + PARTNER_RELOAD + " s" : "", SLOW_EXPORTS, RAMP, DURATION, IMPORT_ROWS);
        setUp(populations).protocols(protocol);
    }

    @Override
    public void after() {
        if (SLOW_EXPORTS == 0) {
            Timings.print(String.format("%d coordinators + %d regional heads + %d partners against %s", COORDINATORS, REGIONAL_HEADS, PARTNERS,
                    BASE_URL), name -> true);
            return;
        }
        long bytes = DOWNLOADS.stream().mapToLong(d -> d.bytes.get()).sum();
        System.out.printf("BENCHMARK load test slow exports: %d clients at %d KB/s, %d downloads admitted (%d to their end), %d refused with 429"
                        + " and tried again, %.1f MB received, %d failed%n", DOWNLOADS.size(), EXPORT_BYTES_PER_SECOND / 1024,
                DOWNLOADS.stream().mapToInt(d -> d.admitted.get()).sum(), DOWNLOADS.stream().mapToInt(d -> d.completed.get()).sum(),
                DOWNLOADS.stream().mapToInt(d -> d.refused.get()).sum(), bytes / 1e6, DOWNLOADS.stream().filter(d -> d.failure != null).count());
        DOWNLOADS.stream().filter(d -> d.failure != null).findFirst().ifPresent(d -> System.out.println("BENCHMARK load test slow export failed: " + d.failure));
        for (SlowDownload d : DOWNLOADS) {
            try {
                d.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // the verdict is about the other users' pages: the partners and the exporters are the load
        Timings.print(String.format("pages of %d coordinators + %d regional heads while %d partners reload their grid and %d slow exports run,"
                        + " against %s", COORDINATORS, REGIONAL_HEADS, PARTNERS, SLOW_EXPORTS, BASE_URL),
                name -> !name.startsWith("partner") && !name.startsWith("export"));
    }
}
