package id.bpjstk.desasadar.planning;

import java.time.LocalDateTime;

/**
 * One visit of a plan, in route order: the village, when the team arrives and leaves (the event's time), the length
 * of the leg that leads there, whether the coordinator locked it in place, and its event. {@code fixed}: an event
 * planned before the plan (an appointment whose time the route kept) — the plan neither moves nor cancels it.
 * {@code eventId} null: a new visit, whose event the save creates.
 */
public record PlanStop(String villageCode, LocalDateTime arrival, LocalDateTime departure, double legKm, boolean locked,
                       boolean fixed, Long eventId) {

    public static PlanStop visit(String villageCode, LocalDateTime arrival, LocalDateTime departure, double legKm) {
        return new PlanStop(villageCode, arrival, departure, legKm, false, false, null);
    }
}
