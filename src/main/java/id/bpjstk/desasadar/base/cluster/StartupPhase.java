package id.bpjstk.desasadar.base.cluster;

import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The start-up duties of a node — the official area list, the bundled map data, the import folder, the first
 * administrator, the demo data — run while it holds the lock {@value #LOCK}, from its first application runner until it
 * is ready for traffic (after the last {@code ApplicationReadyEvent} listener). A second node starting at the same
 * time waits, then finds everything loaded and loads nothing: each of those duties checks what is already there, but
 * two nodes checking at once on an empty database would both load, and one fail on the other's rows (decision 021).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupPhase implements ApplicationRunner, DisposableBean {

    static final String LOCK = "start-up-duties";
    private static final Logger log = LoggerFactory.getLogger(StartupPhase.class);

    private final ClusterDuties duties;
    private volatile SimpleLock held;

    StartupPhase(ClusterDuties duties) {
        this.duties = duties;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        held = duties.awaitLock(LOCK);
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            release();
        }
    }

    /** A start that failed half-way frees the lock at once rather than after its keep-alive stops. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held != null) {
            held.unlock();
            held = null;
            log.debug("Start-up duties done: lock {} released", LOCK);
        }
    }
}
