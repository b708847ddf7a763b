package id.bpjstk.desasadar.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worker import against MariaDB's own bulk loader, side by side on the same empty table with the
 * same indexes: {@code LOAD DATA LOCAL INFILE} of the generated file (conversions done in its SET
 * clause so that both store the same values), then the application's path (CsvIntake → parse →
 * validation seam → WorkerBulkWriter) in both modes. Rows: {@code -Dbenchmark.rows} (default 1,000,000). The file's
 * shape (what the coverage store's upkeep depends on, decision 029): {@code -Dbenchmark.rows.area} keeps the villages
 * under one area code (default: the whole country), {@code -Dbenchmark.rows.enrolment-days} spreads the enrolment dates
 * over that many days from 2024-01-01 (default 700).
 */
@Tag("benchmark")
@IntegrationTest
class WorkerImportBenchmark {

    static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    static final String AREA = System.getProperty("benchmark.rows.area", "");
    static final int ENROLMENT_DAYS = Integer.getInteger("benchmark.rows.enrolment-days", 700);

    @Autowired WorkerImportService imports;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void worker_import_against_load_data_local_infile() throws Exception {
        List<String> villages = WorkerCsvGenerator.officialVillages().stream()
                .filter(code -> AREA.isEmpty() || code.startsWith(AREA + ".")).toList();
        Path file = Path.of("target/benchmark-workers.csv").toAbsolutePath();
        long start = System.nanoTime();
        new WorkerCsvGenerator(villages, 20261125L, ENROLMENT_DAYS).write(file, ROWS);
        System.out.printf("BENCHMARK worker import: generated %,d rows over %,d villages%s enrolled over %d days, %,d bytes in %d ms%n",
                ROWS, villages.size(), AREA.isEmpty() ? "" : " of " + AREA, ENROLMENT_DAYS, Files.size(file), millis(start));
        BenchmarkDatabase.prepare(jdbc);
        SignIn.as(users, "benchmark-admin", Role.ADMIN, AreaScope.NATIONAL);
        try {
            long[] app = new long[ImportMode.values().length];
            long[] upkeep = new long[ImportMode.values().length];
            ListAppender<ILoggingEvent> importLog = new ListAppender<>();
            importLog.start();
            ((Logger) LoggerFactory.getLogger("id.bpjstk.desasadar.enrollment.importing.BulkWriter")).addAppender(importLog);
            long loadDataFirst = loadData(file);
            for (ImportMode mode : ImportMode.values()) {
                BenchmarkDatabase.emptyWorkers(jdbc);
                start = System.nanoTime();
                ImportResult result = imports.importFile(file, mode, Progress.NONE, () -> false);
                app[mode.ordinal()] = millis(start);
                upkeep[mode.ordinal()] = (Long) importLog.list.getLast().getArgumentArray()[5];
                result.report().delete();
                assertThat(result.counts()).isEqualTo(new ImportCounts(ROWS, 0, 0));
                assertThat(count()).isEqualTo(ROWS);
            }
            // LOAD DATA again last, so that neither side profits from running later (a warmer buffer pool)
            long loadDataLast = loadData(file);
            long loadData = Math.min(loadDataFirst, loadDataLast);
            System.out.printf("BENCHMARK worker import %,d rows: LOAD DATA LOCAL INFILE first %,d ms, last %,d ms%n", ROWS, loadDataFirst, loadDataLast);
            for (ImportMode mode : ImportMode.values()) {
                System.out.printf("BENCHMARK worker import %,d rows: best LOAD DATA %,d ms; import %s %,d ms; ratio %.2f%n",
                        ROWS, loadData, mode, app[mode.ordinal()], (double) app[mode.ordinal()] / loadData);
                long without = app[mode.ordinal()] - upkeep[mode.ordinal()];
                System.out.printf("BENCHMARK worker import %,d rows %s: coverage upkeep %,d ms, %.1f %% on top of the %,d ms of the rest%n",
                        ROWS, mode, upkeep[mode.ordinal()], 100.0 * upkeep[mode.ordinal()] / without, without);
            }
        } finally {
            BenchmarkDatabase.emptyWorkers(jdbc);
            SignIn.out();
            Files.deleteIfExists(file);
        }
    }

    private long loadData(Path file) {
        BenchmarkDatabase.emptyWorkers(jdbc);
        long start = System.nanoTime();
        jdbc.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE worker CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY ';' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' IGNORE 1 LINES"
                + " (nik, full_name, sex, birth_date, @phone, occupation, village_code, @jht, income_band, funding, enrolled_on, @kpj)"
                + " SET phone = IF(@phone = '', NULL, CONCAT('+62', SUBSTRING(@phone, 2))), jht = (@jht = 'ya'),"
                + " kpj = NULLIF(@kpj, ''), created_at = NOW(), created_by = 'benchmark'");
        long ms = millis(start);
        assertThat(count()).isEqualTo(ROWS);
        return ms;
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM worker", Long.class);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
