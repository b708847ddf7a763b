package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An enrolment that loses a real deadlock is run again and stored once (decision 025: on Galera a lost certification
 * comes back as the same error 1213). The other side of the deadlock is a transaction of the test's own, heavier so
 * that InnoDB picks the enrolment as the victim: it holds every coverage cell, waits until the enrolment has stored its
 * worker and waits for a cell, then reaches for that worker.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EnrolmentDeadlockRetryTest {

    static final AtomicInteger SERIAL = new AtomicInteger(8100);

    @Autowired WorkerService workers;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    String village;
    ExecutorService pool = Executors.newSingleThreadExecutor();

    @BeforeEach
    void coordinator() {
        village = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE code LIKE '16.07.%' AND LENGTH(code) = 13", String.class);
        signIn();
    }

    @AfterEach
    void signOut() {
        pool.shutdownNow();
        SignIn.out();
    }

    @Test
    void an_enrolment_chosen_as_a_deadlock_victim_is_retried_and_stored_once(CapturedOutput output) throws Exception {
        String nik = nik();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            long otherId = connectionId(other);
            try (var s = other.createStatement()) {
                // weight: rows changed (and rolled back at the end) make this the transaction InnoDB keeps
                s.executeUpdate("UPDATE area SET name = CONCAT(name, '~') WHERE code LIKE '35.%' LIMIT 300");
                s.executeQuery("SELECT level FROM coverage_cell FOR UPDATE").close();
            }
            Future<WorkerView> enrolment = pool.submit(() -> {
                signIn();
                return workers.enroll(draft(nik));
            });
            awaitLockWaitOtherThan(otherId, enrolment);
            try (PreparedStatement s = other.prepareStatement("SELECT id FROM worker WHERE nik = ? FOR UPDATE")) {
                s.setString(1, nik);
                s.executeQuery().close(); // the enrolment waits for us, we for it: InnoDB rolls the lighter one back
            }
            other.rollback();

            WorkerView enrolled = enrolment.get(60, TimeUnit.SECONDS);
            assertThat(enrolled.nik()).isEqualTo(nik);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE nik = ?", Long.class, nik)).isOne();
        assertThat(output).contains("WorkerService.enroll: transaction aborted by a write conflict (deadlock or Galera certification), attempt 2 of 4");
    }

    @Test
    void an_enrolment_refused_by_a_rule_is_not_run_again(CapturedOutput output) {
        String nik = nik();
        workers.enroll(draft(nik));

        assertThatThrownBy(() -> workers.enroll(draft(nik))).isInstanceOf(RuleViolation.class);
        assertThat(output).doesNotContain("WorkerService.enroll: transaction aborted");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM worker WHERE nik = ?", Long.class, nik)).isOne();
    }

    /** Polls (with a deadline) until a transaction other than ours waits for a lock: the enrolment, blocked on a cell. */
    private void awaitLockWaitOtherThan(long otherId, Future<?> enrolment) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (enrolment.isDone()) {
                enrolment.get(); // failed or finished without waiting: show why
                throw new AssertionError("the enrolment never waited for the coverage cells");
            }
            // the server's thread list, not innodb_trx: MariaDB does not always list a transaction waiting on a gap lock there
            Long waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.processlist WHERE id <> ?"
                    + " AND info LIKE 'INSERT INTO coverage_cell%' AND state = 'Update'", Long.class, otherId);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the enrolment did not reach the coverage cells within 30 s; transactions: "
                + jdbc.queryForList("SELECT trx_state, trx_mysql_thread_id, trx_query FROM information_schema.innodb_trx")
                + "; threads: " + jdbc.queryForList("SELECT id, state, info FROM information_schema.processlist WHERE command <> 'Sleep'"));
    }

    private static long connectionId(Connection c) throws Exception {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void signIn() {
        SignIn.as(users, "deadlock-coordinator", Role.COORDINATOR, "16");
    }

    private WorkerDraft draft(String nik) {
        return WorkerServiceTest.draft(nik, village, Funding.SELF, null).d();
    }

    /** A man of the village's district, born on 1 January 1990, with a serial of his own. */
    private String nik() {
        return village.substring(0, 8).replace(".", "") + "010190" + "%04d".formatted(SERIAL.incrementAndGet());
    }
}
