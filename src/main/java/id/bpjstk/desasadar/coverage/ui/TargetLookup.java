package id.bpjstk.desasadar.coverage.ui;

import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the coverage view reads targets: the target of an area (or office) code for a measure over a period, already
 * phased to the period (a year's target over one month is that month's share), or null when none is set. The view
 * works without any bean of this type (no targets: the target slots show "–"); {@link TargetsOfAreas} is the one
 * the app uses.
 */
@FunctionalInterface
public interface TargetLookup {

    Long target(String code, TargetMeasure measure, CoveragePeriod period);

    /** The targets of many codes at once (the children on the map); codes without a target are left out. */
    default Map<String, Long> targets(Collection<String> codes, TargetMeasure measure, CoveragePeriod period) {
        Map<String, Long> result = new HashMap<>();
        for (String code : codes) {
            Long t = target(code, measure, period);
            if (t != null) {
                result.put(code, t);
            }
        }
        return result;
    }

    TargetLookup NONE = (code, measure, period) -> null;
}
