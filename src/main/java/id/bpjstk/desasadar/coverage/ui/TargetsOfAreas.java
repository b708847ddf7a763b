package id.bpjstk.desasadar.coverage.ui;

import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetService;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The coverage view's targets: each area's own target from {@link TargetService}, phased to the period. */
@Component
class TargetsOfAreas implements TargetLookup {

    private final TargetService targets;

    TargetsOfAreas(TargetService targets) {
        this.targets = targets;
    }

    @Override
    public Long target(String code, TargetMeasure measure, CoveragePeriod period) {
        return targets.forPeriod(code, measure, period);
    }

    /** One read for all the children on the map, not one per child. */
    @Override
    public Map<String, Long> targets(Collection<String> codes, TargetMeasure measure, CoveragePeriod period) {
        return targets.forPeriods(codes, measure, period);
    }
}
