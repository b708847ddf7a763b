package id.bpjstk.desasadar.base.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.ExtensibleLockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Duties that several nodes of one database must not do at the same time (decision 021), on ShedLock's locks.
 *
 * <p>A lock is kept alive while its node works ({@link KeepAliveLockProvider}: extended every half of
 * {@link #HELD_FOR}), so a node that dies holding one frees it within a minute, and a duty may take as long as it
 * needs. The metric {@code desasadar.duty.runs} counts, per duty, the runs done on this node.
 */
@Component
public class ClusterDuties implements DisposableBean {

    /** How long a lock outlives a node that died holding it. ShedLock's keep-alive needs at least 30 s. */
    static final Duration HELD_FOR = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration SAY_EVERY = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(ClusterDuties.class);

    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cluster-lock-keep-alive").factory());
    private final LockProvider locks;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;

    ClusterDuties(ExtensibleLockProvider lockProvider, JdbcTemplate jdbc, MeterRegistry meters) {
        this.locks = new KeepAliveLockProvider(lockProvider, keepAlive);
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /**
     * Runs the duty here unless another node is running it, or ran it less than {@code quiet} ago (so two nodes
     * started a few seconds apart do it once). For duties whose result every node shares and none waits for.
     *
     * @return whether it ran on this node
     */
    public boolean once(String name, Duration quiet, Runnable duty) {
        Optional<SimpleLock> lock = tryLock(name, quiet);
        if (lock.isEmpty()) {
            log.info("Duty {} skipped: another node is doing it or has just done it ({})", name, holder(name));
            return false;
        }
        try {
            run(name, duty);
            return true;
        } finally {
            lock.get().unlock();
        }
    }

    /**
     * Waits while another node holds the lock, then takes it. For what must not start before another node's same
     * work has finished (a node's start-up loads: the second then finds the data there). The caller unlocks.
     */
    public SimpleLock awaitLock(String name) throws InterruptedException {
        Instant nextWord = Instant.now().plus(SAY_EVERY);
        boolean said = false;
        while (true) {
            Optional<SimpleLock> lock = tryLock(name, Duration.ZERO);
            if (lock.isPresent()) {
                if (said) {
                    log.info("Lock {} taken: the other node has finished", name);
                }
                return lock.get();
            }
            if (!said || Instant.now().isAfter(nextWord)) {
                log.info("Waiting for {} to finish {} (checked every {} ms)", holder(name), name, POLL.toMillis());
                said = true;
                nextWord = Instant.now().plus(SAY_EVERY);
            }
            Thread.sleep(POLL);
        }
    }

    private void run(String name, Runnable duty) {
        duty.run();
        meters.counter("desasadar.duty.runs", "duty", name).increment();
    }

    private Optional<SimpleLock> tryLock(String name, Duration atLeast) {
        Duration atMost = atLeast.compareTo(HELD_FOR) > 0 ? atLeast : HELD_FOR;
        return locks.lock(new LockConfiguration(Instant.now(), name, atMost, atLeast));
    }

    private String holder(String name) {
        return jdbc.queryForList("SELECT locked_by FROM shedlock WHERE name = ?", String.class, name).stream()
                .findFirst().map(node -> "node " + node).orElse("another node");
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
    }
}
