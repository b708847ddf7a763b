package id.bpjstk.desasadar.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which failures run a transaction again (decision 025): a deadlock or lost Galera certification does, however
 * wrapped; anything else, and a call inside a transaction already begun, does not. The real deadlock through a service
 * is {@code DeadlockRetryTest}.
 */
class TransactionRetryTest {

    static final SQLException DEADLOCK = new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    static final SQLException DUPLICATE = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
    static final SQLException LOCK_WAIT_TIMEOUT = new SQLException("Lock wait timeout exceeded", "HY000", 1205);

    /** A service whose write fails as told for its first calls. */
    static class Writes {
        final AtomicInteger calls = new AtomicInteger();
        RuntimeException failure;
        int failures;

        @Transactional
        public String write() {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            return "stored";
        }

        public String notTransactional() {
            calls.incrementAndGet();
            throw failure;
        }
    }

    @Test
    void a_write_that_lost_a_deadlock_runs_again_and_its_result_is_returned() {
        Writes target = failing(new CannotAcquireLockException("could not execute statement", DEADLOCK), 2);

        assertThat(proxy(target).write()).isEqualTo("stored");
        assertThat(target.calls).hasValue(3);
    }

    @Test
    void a_conflict_that_keeps_coming_back_gives_up_after_three_retries_with_the_database_error() {
        Writes target = failing(new CannotAcquireLockException("could not execute statement", DEADLOCK), 100);

        assertThatThrownBy(() -> proxy(target).write()).isInstanceOf(CannotAcquireLockException.class).hasRootCause(DEADLOCK);
        assertThat(target.calls).hasValue(1 + TransactionRetry.RETRIES);
    }

    @Test
    void other_failures_are_not_run_again() {
        Writes duplicate = failing(new DataIntegrityViolationException("duplicate", DUPLICATE), 1);
        Writes timeout = failing(new CannotAcquireLockException("lock wait", LOCK_WAIT_TIMEOUT), 1);
        Writes rule = failing(new IllegalArgumentException("NIK sudah terdaftar"), 1);

        assertThatThrownBy(() -> proxy(duplicate).write()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> proxy(timeout).write()).isInstanceOf(CannotAcquireLockException.class);
        assertThatThrownBy(() -> proxy(rule).write()).isInstanceOf(IllegalArgumentException.class);
        assertThat(duplicate.calls).hasValue(1);
        assertThat(timeout.calls).hasValue(1);
        assertThat(rule.calls).hasValue(1);
    }

    @Test
    void a_method_without_a_transaction_is_not_wrapped() {
        Writes target = failing(new CannotAcquireLockException("deadlock", DEADLOCK), 1);

        assertThatThrownBy(() -> proxy(target).notTransactional()).isInstanceOf(CannotAcquireLockException.class);
        assertThat(target.calls).hasValue(1);
    }

    /** Inside a caller's transaction only the caller can start over: the inner call passes the failure up. */
    @Test
    void a_call_that_joined_a_transaction_leaves_the_retry_to_the_outermost_call() {
        Writes target = failing(new CannotAcquireLockException("deadlock", DEADLOCK), 1);
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> proxy(target).write()).isInstanceOf(CannotAcquireLockException.class);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(target.calls).hasValue(1);
    }

    private static Writes failing(RuntimeException failure, int times) {
        var target = new Writes();
        target.failure = failure;
        target.failures = times;
        return target;
    }

    private static Writes proxy(Writes target) {
        var factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(TransactionRetry.transactionRetryAdvisor());
        return (Writes) factory.getProxy();
    }
}
