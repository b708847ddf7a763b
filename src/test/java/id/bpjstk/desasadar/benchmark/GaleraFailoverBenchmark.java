package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import id.bpjstk.desasadar.partner.Funding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a three-node Galera cluster losing the node it writes to (issue 14, item 5; decision 025). Run by
 * {@code deploy/galera-cluster.sh failover-check}, which starts the cluster and points DB_URL at it with Connector/J's
 * {@code sequential} mode. First the write sets of one import batch and of a whole all-or-nothing file are measured;
 * then a worker import (accept-valid) and a loop of form enrolments run while node 1 is killed with {@code kill -9}
 * and started again; at the end every enrolment that reported success is stored, a re-run of the import completes it,
 * and the three nodes hold the same rows. Figures go to docs/benchmarks.md by hand.
 */
@Tag("benchmark")
@EnabledIfEnvironmentVariable(named = "GALERA_SCRIPT", matches = ".+", disabledReason = "run by deploy/galera-cluster.sh failover-check")
@SpringBootTest
@ActiveProfiles("test")
class GaleraFailoverBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.galera.rows", 40_000);
    static final String SCRIPT = System.getenv("GALERA_SCRIPT");
    static final List<Integer> PORTS = List.of(System.getenv().getOrDefault("GALERA_PORTS", "3311 3312 3313").split(" "))
            .stream().map(Integer::valueOf).toList();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired WorkerService workers;
    @Autowired WorkerImportService imports;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path temp;

    @Test
    void an_import_and_enrolments_survive_the_loss_and_return_of_a_database_node() throws Exception {
        assertThat(jdbc.query("SHOW STATUS LIKE 'wsrep_cluster_size'", (rs, i) -> rs.getInt(2)))
                .as("DB_URL must name the Galera cluster of deploy/galera-cluster.sh").containsExactly(3);
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        admin();
        List<String> villages = jdbc.queryForList("SELECT code FROM area WHERE code LIKE '16.%' AND LENGTH(code) = 13", String.class);
        var generator = new WorkerCsvGenerator(villages, 14);
        // one generated file cut in three: NIKs and KPJ numbers are unique across the whole
        Path all = temp.resolve("all.csv");
        generator.write(all, 10_000 + ROWS);
        List<String> lines = Files.readAllLines(all);
        Path oneBatch = part(lines, 1, 5_001, "one-batch.csv");
        Path wholeFile = part(lines, 5_001, 10_001, "all-or-nothing.csv");
        Path big = part(lines, 10_001, lines.size(), "failover.csv");
        Map<String, Object> figures = new LinkedHashMap<>();

        // write sets: one accept-valid batch of 5,000 rows, and a 5,000-row all-or-nothing file as one write set
        writeSets(figures, "accept-valid 5,000 rows", () -> run(oneBatch, ImportMode.ACCEPT_VALID));
        writeSets(figures, "all-or-nothing 5,000 rows", () -> run(wholeFile, ImportMode.ALL_OR_NOTHING));

        String enrolVillage = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE code LIKE '35.16.%' AND LENGTH(code) = 13", String.class);
        List<String> enrolled = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long before = System.nanoTime();
        Future<Object> importing = pool.submit(() -> {
            admin();
            try {
                return run(big, ImportMode.ACCEPT_VALID);
            } catch (RuntimeException e) {
                return e;
            }
        });
        Future<?> enrolling = pool.submit(() -> {
            admin();
            for (int serial = 1; !stop.get() && serial < 10_000; serial++) {
                String nik = enrolVillage.substring(0, 8).replace(".", "") + "010190" + "%04d".formatted(serial);
                try {
                    workers.enroll(new WorkerDraft(nik, "Peserta Failover", null, null, null, Occupation.PETANI, enrolVillage, null,
                            null, false, 1_000_000, Funding.SELF, null, TODAY, null, null, null));
                    enrolled.add(nik);
                } catch (RuntimeException e) {
                    failures.put(nik, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        });

        // kill node 1, the one the sequential URL puts every connection on, once the import has committed a batch
        awaitTrue(Duration.ofMinutes(10), () -> count("SELECT COUNT(*) FROM worker WHERE village_code LIKE '16.%'") > 10_000 + 5_000);
        int enrolledBeforeKill = enrolled.size();
        script("kill", "1");
        long killedAt = System.nanoTime();
        awaitTrue(Duration.ofMinutes(2), () -> enrolled.size() >= enrolledBeforeKill + 5);
        long firstEnrolmentAfterKill = System.nanoTime();
        script("start-node", "1");
        long rejoinedAt = System.nanoTime();
        int enrolledAtRejoin = enrolled.size();
        awaitTrue(Duration.ofMinutes(5), () -> importing.isDone());
        awaitTrue(Duration.ofMinutes(2), () -> enrolled.size() >= enrolledAtRejoin + 20);
        stop.set(true);
        enrolling.get(2, TimeUnit.MINUTES);
        Object firstRun = importing.get();
        pool.shutdown();

        long storedAfterFirstRun = countWorkersOf(big);
        ImportResult rerun = run(big, ImportMode.ACCEPT_VALID);
        long storedAfterRerun = countWorkersOf(big);

        figures.put("rows in the import file", ROWS);
        figures.put("import, first run", firstRun instanceof ImportResult r ? r.outcome() + " " + r.counts() : String.valueOf(firstRun));
        figures.put("import rows stored by the first run", storedAfterFirstRun);
        figures.put("import re-run", rerun.outcome() + " " + rerun.counts());
        figures.put("enrolments reported stored", enrolled.size());
        figures.put("enrolments reported failed", failures);
        figures.put("of these found stored all the same (the commit reached the cluster, the answer did not)", failures.isEmpty() ? 0
                : count("SELECT COUNT(*) FROM worker WHERE nik IN ('" + String.join("','", failures.keySet()) + "')"));
        figures.put("first enrolment after the kill (ms)", (firstEnrolmentAfterKill - killedAt) / 1_000_000);
        figures.put("node 1 back and synced after the kill (ms)", (rejoinedAt - killedAt) / 1_000_000);
        figures.put("whole run (ms)", (System.nanoTime() - before) / 1_000_000);
        String stored = "SELECT COUNT(*) FROM worker WHERE nik IN ('" + String.join("','", enrolled) + "')";
        figures.put("enrolments found stored", count(stored));
        Map<Integer, String> perNode = new LinkedHashMap<>();
        for (int port : PORTS) {
            perNode.put(port, nodeFigures(port, database));
        }
        figures.put("rows per node (worker, coverage_cell, sum of enrolled)", perNode);
        figures.forEach((k, v) -> System.out.println("GALERA " + k + ": " + v));

        assertThat(count(stored)).as("every enrolment that reported success is stored").isEqualTo(enrolled.size());
        assertThat(storedAfterRerun).as("the re-run completes the import").isEqualTo(ROWS);
        assertThat(rerun.counts().inserted()).as("the re-run stores exactly what the first run did not")
                .isEqualTo(ROWS - storedAfterFirstRun);
        assertThat(perNode.values()).as("the three nodes hold the same rows").containsOnly(perNode.get(PORTS.getFirst()));
    }

    private Path part(List<String> lines, int from, int to, String name) throws java.io.IOException {
        var part = new ArrayList<String>();
        part.add(lines.getFirst());
        part.addAll(lines.subList(from, to));
        return Files.write(temp.resolve(name), part);
    }

    private ImportResult run(Path file, ImportMode mode) {
        return imports.importFile(file, mode, Progress.NONE, () -> false);
    }

    /** Write sets replicated by the node the app writes to while {@code work} runs: count and bytes. */
    private void writeSets(Map<String, Object> figures, String name, Runnable work) {
        long sets = status("wsrep_replicated");
        long bytes = status("wsrep_replicated_bytes");
        work.run();
        long n = status("wsrep_replicated") - sets;
        long b = status("wsrep_replicated_bytes") - bytes;
        figures.put("write sets of " + name, n + " write sets, " + b + " bytes (" + b / 5_000 + " bytes a row), largest ≤ "
                + status("wsrep_max_ws_size") + " allowed");
    }

    private long status(String name) {
        if (name.equals("wsrep_max_ws_size")) {
            return jdbc.queryForObject("SELECT @@wsrep_max_ws_size", Long.class);
        }
        return jdbc.queryForObject("SHOW GLOBAL STATUS LIKE '" + name + "'", (rs, i) -> rs.getLong(2));
    }

    private long countWorkersOf(Path file) throws Exception {
        List<String> niks = Files.readAllLines(file).stream().skip(1).map(l -> l.substring(0, l.indexOf(';'))).toList();
        long n = 0;
        for (int i = 0; i < niks.size(); i += 5_000) {
            n += count("SELECT COUNT(*) FROM worker WHERE nik IN ('" + String.join("','", niks.subList(i, Math.min(niks.size(), i + 5_000))) + "')");
        }
        return n;
    }

    /** One node asked directly, after waiting for everything the cluster committed before (wsrep_sync_wait). */
    private static String nodeFigures(int port, String database) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database, "root", "");
             var s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
            try (var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM worker), (SELECT COUNT(*) FROM coverage_cell),"
                    + " (SELECT SUM(enrolled_change) FROM coverage_cell)")) {
                rs.next();
                return rs.getLong(1) + ", " + rs.getLong(2) + ", " + rs.getLong(3);
            }
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void script(String... args) throws Exception {
        var command = new ArrayList<String>(List.of(SCRIPT));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        System.out.println("GALERA script " + String.join(" ", args) + ": " + out.strip());
        assertThat(p.waitFor()).as(out).isZero();
    }

    /** Polls a condition until it holds or the deadline passes; a failing query (node just lost) counts as not yet. */
    private static void awaitTrue(Duration patience, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the query met the lost node; the pool opens the next connection on a live one
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("condition not met within " + patience);
    }

    private void admin() {
        SignIn.as(users, "galera-admin", Role.ADMIN, AreaScope.NATIONAL);
    }
}
