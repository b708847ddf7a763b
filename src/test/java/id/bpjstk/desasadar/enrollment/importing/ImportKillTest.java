package id.bpjstk.desasadar.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.bpjstk.desasadar.OwnDatabaseServerTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.benchmark.WorkerCsvGenerator;
import id.bpjstk.desasadar.coverage.CoverageRebuild;
import id.bpjstk.desasadar.coverage.CoverageService;
import id.bpjstk.desasadar.base.importing.ImportResult.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app killed in the middle of a worker import (issue 13, item 13). The import runs in a JVM of its own
 * ({@link ImportProcess}, the test's classpath) against this context's database, on the tests' own server, and is
 * killed (SIGKILL: no shutdown hook, no rollback by the app) once it has written its first batches. Accept-valid: the
 * batches committed stay whole, and the same file imported again completes, every valid row stored exactly once. All or
 * nothing: nothing of it stays, workers or coverage figures, and the same file then imports whole.
 */
@OwnDatabaseServerTest
class ImportKillTest {

    /** Eight batches: the kill comes after the first, well before the last. */
    static final int ROWS = 8 * WorkerBulkWriter.BATCH_SIZE;
    /** A deadline, not a wait: the child's start-up (a Spring context) takes seconds, minutes on a crowded machine. */
    static final Duration CHILD_WAIT = Duration.ofMinutes(6);

    @Autowired HikariDataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkerImportService imports;
    @Autowired CoverageService coverage;
    @Autowired CoverageRebuild coverageRebuild;
    @Autowired UserService users;
    @TempDir Path temp;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void accept_valid_killed_after_some_batches_keeps_whole_batches_and_the_rerun_stores_every_row_once() throws Exception {
        String importer = "kill-accept-valid";
        String area = "35.78"; // Surabaya; the other test's NIKs are of other districts
        Path file = workers(21, area);

        long committed = killOnceWritten(file, ImportMode.ACCEPT_VALID, importer, area, false);

        assertThat(committed).as("committed whole batches, not all of them").isPositive().isLessThan(ROWS)
                .satisfies(n -> assertThat(n % WorkerBulkWriter.BATCH_SIZE).isZero());

        SignIn.as(users, importer, Role.COORDINATOR, area);
        ImportResult rerun = imports.importFile(file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);

        assertThat(rerun.outcome()).isEqualTo(Outcome.STORED);
        assertThat(rerun.counts()).isEqualTo(new ImportCounts(ROWS - committed, committed, 0));
        assertThat(storedNiks(importer)).containsExactlyElementsOf(niksOf(file));
        assertTheCoverageStoreEqualsARebuild();
    }

    @Test
    void all_or_nothing_killed_after_some_batches_stores_nothing_and_the_rerun_stores_the_whole_file() throws Exception {
        String importer = "kill-all-or-nothing";
        String area = "35.15"; // Sidoarjo
        Path file = workers(22, area);
        List<Map<String, Object>> coverageBefore = coverageCells();

        long written = killOnceWritten(file, ImportMode.ALL_OR_NOTHING, importer, area, true);

        assertThat(written).as("rows the killed import had written, uncommitted").isGreaterThanOrEqualTo(WorkerBulkWriter.BATCH_SIZE);
        assertThat(storedNiks(importer)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE nik IN (" + String.join(",", niksOf(file)) + ")", Long.class))
                .isZero();
        assertThat(coverageCells()).as("coverage figures unchanged").isEqualTo(coverageBefore);

        SignIn.as(users, importer, Role.COORDINATOR, area);
        ImportResult rerun = imports.importFile(file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> false);

        assertThat(rerun.outcome()).isEqualTo(Outcome.STORED);
        assertThat(rerun.counts()).isEqualTo(new ImportCounts(ROWS, 0, 0));
        assertThat(storedNiks(importer)).containsExactlyElementsOf(niksOf(file));
        assertTheCoverageStoreEqualsARebuild();
    }

    /**
     * Runs the import in a JVM of its own and kills it once it has written a batch: for all-or-nothing seen through a
     * READ UNCOMMITTED read, since its rows are never committed. Returns the rows seen at the kill.
     */
    private long killOnceWritten(Path file, ImportMode mode, String importer, String area, boolean uncommitted) throws Exception {
        Path log = temp.resolve(importer + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                ImportProcess.class.getName(), dataSource.getJdbcUrl(), dataSource.getUsername(),
                dataSource.getPassword() == null ? "" : dataSource.getPassword(), file.toString(), mode.name(), importer, area)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (Connection c = dataSource.getConnection()) {
            if (uncommitted) {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            }
            Instant deadline = Instant.now().plus(CHILD_WAIT);
            long seen = 0;
            while (seen < WorkerBulkWriter.BATCH_SIZE) {
                assertThat(child.isAlive()).as("the import process runs (its log: %s)", tail(log)).isTrue();
                assertThat(Instant.now()).as("the import process wrote nothing in time (its log: %s)", tail(log)).isBefore(deadline);
                seen = count(c, importer);
                Thread.sleep(20); // polling the database for the first batch, with a deadline
            }
            child.destroyForcibly();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(Files.readString(log)).as("killed before it finished").doesNotContain(ImportProcess.DONE);
            return uncommitted ? seen : count(c, importer);
        } finally {
            child.destroyForcibly();
        }
    }

    private static long count(Connection c, String importer) throws SQLException {
        try (var s = c.prepareStatement("SELECT COUNT(*) FROM worker WHERE created_by = ?")) {
            s.setString(1, importer);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * {@link #ROWS} valid workers in the villages of a regency (some twenty districts: NIK serials to spare), without
     * KPJ numbers: the generator numbers them by row, so two files would share them and reject each other's rows.
     */
    private Path workers(long seed, String regency) throws IOException {
        List<String> villages = jdbc.queryForList("SELECT code FROM area WHERE level = 'VILLAGE' AND code LIKE ? ORDER BY code",
                String.class, regency + ".%");
        Path generated = temp.resolve("generated-" + seed + ".csv");
        new WorkerCsvGenerator(villages, seed).write(generated, ROWS);
        Path file = temp.resolve("workers-" + seed + ".csv");
        try (Stream<String> lines = Files.lines(generated, StandardCharsets.UTF_8)) {
            Files.write(file, lines.map(l -> l.startsWith("nik;") ? l : l.substring(0, l.lastIndexOf(';') + 1)).toList(),
                    StandardCharsets.UTF_8);
        }
        return file;
    }

    private static List<String> niksOf(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(';'))).sorted().toList();
        }
    }

    private List<String> storedNiks(String importer) {
        return jdbc.queryForList("SELECT nik FROM worker WHERE created_by = ? ORDER BY nik", String.class, importer);
    }

    private List<Map<String, Object>> coverageCells() {
        return jdbc.queryForList("SELECT * FROM coverage_cell ORDER BY level, area_code, month, mou_id");
    }

    /** The figures kept batch by batch equal those counted again from the stored rows: no batch counted twice or half. */
    private void assertTheCoverageStoreEqualsARebuild() {
        List<Map<String, Object>> kept = nonZero(coverageCells());
        SignIn.as(users, "kill-admin", Role.ADMIN, AreaScope.NATIONAL);
        coverageRebuild.rebuild();
        assertThat(kept).isEqualTo(nonZero(coverageCells()));
    }

    private static List<Map<String, Object>> nonZero(List<Map<String, Object>> cells) {
        var kept = new ArrayList<Map<String, Object>>();
        for (var cell : cells) {
            boolean zero = cell.entrySet().stream().filter(e -> e.getValue() instanceof Number && !List.of("level", "mou_id").contains(e.getKey()))
                    .allMatch(e -> ((Number) e.getValue()).longValue() == 0);
            if (!zero) {
                kept.add(cell);
            }
        }
        return kept;
    }

    private static String tail(Path log) {
        try {
            String text = Files.exists(log) ? Files.readString(log) : "";
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
