package id.bpjstk.desasadar.enrollment.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.base.importing.ImportResult.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13 item 12: an all-or-nothing contribution import keeps one transaction for its whole file; a payment entered
 * on the form meanwhile, for a worker the file does not name, must not wait for it.
 */
@IntegrationTest
class ContributionImportLocksTest {

    static final String IMPORTER = "contribution-locks-importer";
    /** 500 workers of Banyuasin, enrolled in June 2025, paid for 12 months each by the file (6,000 rows, two batches). */
    static final int WORKERS = Integer.getInteger("locks.workers", 500);
    /**
     * For the figures in docs/benchmarks.md ({@code -Dlocks.measure=true -Dlocks.workers=8334}: a 100,008-row file): the
     * import is not paused, the form's payment starts after its first batch and its time is printed.
     */
    static final boolean MEASURE = Boolean.getBoolean("locks.measure");
    static final int MONTHS = 12;
    /** Enrolled between the 250th and 251st worker of the file, so its payments sit among theirs in every index. */
    static final String NOT_IN_FILE = "1607052503889999";
    /**
     * How long the form may take while the import is paused: far below the server's lock wait timeout (50 s), far above
     * what one payment takes on a busy machine.
     */
    static final long FORM_SECONDS = 15;

    @Autowired ContributionImportService contributionImports;
    @Autowired WorkerImportService workerImports;
    @Autowired ContributionService contributions;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch firstBatchStored = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);

    @BeforeEach
    void workersEnrolledInJune2025WithNothingPaid() throws IOException {
        SignIn.as(users, IMPORTER + "-admin", Role.ADMIN, AreaScope.NATIONAL);
        StringBuilder csv = new StringBuilder("nik,nama,jenis_kelamin,tanggal_lahir,telepon,pekerjaan,kode_desa,jht,penghasilan,sumber_dana,"
                + "tanggal_daftar,kpj\n");
        for (int i = 1; i <= WORKERS; i++) {
            csv.append(worker(nik(i)));
            if (i == WORKERS / 2) {
                csv.append(worker(NOT_IN_FILE));
            }
        }
        Path file = Files.createTempFile("locks-workers-", ".csv");
        Files.writeString(file, csv);
        workerImports.importFile(file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);
        Files.delete(file);
        jdbc.update("DELETE FROM contribution WHERE worker_id IN (SELECT id FROM worker WHERE nik LIKE '160705250388%')");
        jdbc.update("UPDATE worker SET paid_through = NULL, active_from = NULL WHERE nik LIKE '160705250388%'");
        SignIn.as(users, IMPORTER, Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        resume.countDown();
        threads.shutdownNow();
        SignIn.out();
    }

    @Test
    void a_form_payment_for_a_worker_not_in_the_file_does_not_wait_for_an_all_or_nothing_import() throws Exception {
        Path file = contributionFile();
        var user = SignIn.as(users, IMPORTER, Role.COORDINATOR, "16.07");
        AtomicLong rowsHandedOn = new AtomicLong();
        Future<ImportResult> importing = threads.submit(() -> {
            SignIn.as(users, IMPORTER, Role.COORDINATOR, "16.07");
            // checked before each row: before row 5,001 the first batch of 5,000 has been stored, uncommitted
            return contributionImports.importFile(file, ImportMode.ALL_OR_NOTHING, Progress.NONE, () -> {
                if (rowsHandedOn.incrementAndGet() == BulkWriter.BATCH_SIZE + 1) {
                    firstBatchStored.countDown();
                    if (!MEASURE) {
                        awaitQuietly(resume);
                    }
                }
                return false;
            });
        });
        assertThat(firstBatchStored.await(5, TimeUnit.MINUTES)).as("the import reached its second batch").isTrue();

        long workerId = jdbc.queryForObject("SELECT id FROM worker WHERE nik = ?", Long.class, NOT_IN_FILE);
        long started = System.nanoTime();
        CompletableFuture<Long> form = CompletableFuture.supplyAsync(() -> pay(user.username(), workerId, YearMonth.of(2025, 6)), threads);
        long formMillis = form.get(MEASURE ? 600 : FORM_SECONDS, TimeUnit.SECONDS);
        boolean importStillRunning = !importing.isDone();
        // measured only: then a payment for a worker of the first batch (for a month the file does not pay) waits for
        // the import's commit
        long inFile = MEASURE ? pay(user.username(), jdbc.queryForObject("SELECT id FROM worker WHERE nik = ?", Long.class, nik(1)),
                YearMonth.of(2026, 6)) : 0;

        if (!MEASURE) {
            assertThat(importStillRunning).as("the import was still paused while the form's payment was stored").isTrue();
        }
        resume.countDown();
        ImportResult result = importing.get(10, TimeUnit.MINUTES);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("LOCKS: form payment (worker not in file) took " + formMillis + " ms; import still running when it was stored: "
                + importStillRunning + "; import ended " + importMillis + " ms after the form started; " + result.counts()
                + "; then a form payment (worker in file) took " + inFile + " ms");
        Files.delete(file);

        assertThat(result.outcome()).isEqualTo(Outcome.STORED);
        assertThat(result.counts()).isEqualTo(new ImportCounts((long) WORKERS * MONTHS, 0, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution c JOIN worker w ON w.id = c.worker_id"
                + " WHERE w.nik LIKE '160705250388%'", Long.class)).isEqualTo((long) WORKERS * MONTHS + (MEASURE ? 2 : 1));
        assertThat(jdbc.queryForObject("SELECT paid_through FROM worker WHERE nik = ?", LocalDate.class, NOT_IN_FILE))
                .isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void a_form_payment_for_a_worker_an_import_keeps_locked_past_the_lock_wait_timeout_gets_a_clear_message_and_stores_nothing()
            throws Exception {
        long workerId = jdbc.queryForObject("SELECT id FROM worker WHERE nik = ?", Long.class, nik(1));
        try (Connection importing = dataSource.getConnection()) {
            // what an all-or-nothing import does to the workers of its file until it ends
            importing.setAutoCommit(false);
            importing.createStatement().executeQuery("SELECT id FROM worker WHERE id = " + workerId + " FOR UPDATE").close();

            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                // the form's transaction, waiting 1 s instead of the server's 50 s
                jdbc.execute("SET SESSION innodb_lock_wait_timeout = 1");
                try {
                    contributions.record(workerId, YearMonth.of(2025, 6), null, null, LocalDate.of(2025, 6, 20), Payer.WORKER, null);
                } finally {
                    jdbc.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
                }
            })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contribution.error.worker-busy"));
            importing.rollback();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution WHERE worker_id = ?", Long.class, workerId)).isZero();
    }

    /** Records a payment on the form as {@code username}; how long it took (negative: it failed). */
    private long pay(String username, long workerId, YearMonth month) {
        SignIn.as(users, username, Role.COORDINATOR, "16.07");
        long start = System.nanoTime();
        try {
            contributions.record(workerId, month, null, null, month.atDay(20), Payer.WORKER, null);
            return (System.nanoTime() - start) / 1_000_000;
        } catch (RuntimeException e) {
            if (!MEASURE) {
                throw e;
            }
            System.out.println("LOCKS: form payment failed after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + e);
            return -(System.nanoTime() - start) / 1_000_000;
        }
    }

    private static Path contributionFile() throws IOException {
        StringBuilder csv = new StringBuilder("nik;bulan;jumlah;tanggal_bayar;pembayar;alasan\n");
        for (int i = 1; i <= WORKERS; i++) {
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = YearMonth.of(2025, 6).plusMonths(m);
                csv.append(nik(i)).append(';').append(month).append(";;").append(month.atDay(20)).append(";PESERTA;\n");
            }
        }
        Path file = Files.createTempFile("locks-contributions-", ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Born 25 March 1988 in Banyuasin, numbered from 1. */
    private static String nik(int i) {
        return "160705250388" + String.format("%04d", i);
    }

    private static String worker(String nik) {
        return nik + ",Peserta Kunci,L,1988-03-25,,PETANI,16.07.05.2002,tidak,1000000,SELF,2025-06-01,\n";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
