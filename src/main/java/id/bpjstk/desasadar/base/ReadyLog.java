package id.bpjstk.desasadar.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log when the node is ready: after every start-up task (official areas, map data, demo data), which run
 * once the web server already answers. deploy/local-cluster.sh waits for this line before it starts the next node, so
 * that two nodes never fill an empty database at the same time. (Actuator's readiness probe reports the same state.)
 */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);
    static final String LINE = "Ready for users: start-up tasks done";

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            log.info(LINE);
        }
    }
}
