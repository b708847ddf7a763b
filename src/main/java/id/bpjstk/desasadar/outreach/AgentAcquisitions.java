package id.bpjstk.desasadar.outreach;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an agent last brought in a worker. Implemented by the enrollment feature (a Spring bean); until
 * then an agent's activity counts from their start or reactivation only.
 */
public interface AgentAcquisitions {
    Optional<LocalDate> lastAcquisition(long agentId);
}
