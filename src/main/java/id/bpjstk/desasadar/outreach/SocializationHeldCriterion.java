package id.bpjstk.desasadar.outreach;

import id.bpjstk.desasadar.territory.DesignationCheck;
import id.bpjstk.desasadar.territory.DesignationCriterionSource;
import org.springframework.stereotype.Component;

/** The designation criterion "socialization held", computed from the village's held events. */
@Component
class SocializationHeldCriterion implements DesignationCriterionSource {

    private final EventService events;

    SocializationHeldCriterion(EventService events) {
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
}
