package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.base.db.SqlLike;
import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationCriterionSource;
import org.springframework.stereotype.Component;

/** The designation criterion "socialization held", computed from the village's held events. */
@Component
class SocializationHeldCriterion implements DesignationCriterionSource {

    private final EventQueries events;

    SocializationHeldCriterion(EventQueries events) {
        this.events = events;
    }

    @Override
    public DesignationCheck.Criterion criterion() {
        return DesignationCheck.Criterion.SOCIALIZATION_HELD;
    }

    @Override
    public DesignationCheck.State evaluate(String villageCode, Integer potential) {
        return events.heldIn(villageCode) ? DesignationCheck.State.MET : DesignationCheck.State.NOT_MET;
    }

    /** Many villages: one grouped read of their last held events (villages out of the caller's scope count as not met). */
    @Override
    public java.util.Map<String, DesignationCheck.State> evaluateAll(java.util.Map<String, Integer> potentials) {
        var states = new java.util.HashMap<String, DesignationCheck.State>();
        if (potentials.isEmpty()) {
            return states;
        }
        var held = events.lastHeldIn(SqlLike.commonPrefix(potentials.keySet()));
        potentials.keySet().forEach(v -> states.put(v, held.containsKey(v) ? DesignationCheck.State.MET : DesignationCheck.State.NOT_MET));
        return states;
    }
}
