package id.bpjstk.desasadar.coverage.ui;

import id.bpjstk.desasadar.coverage.CoveragePeriod;
import id.bpjstk.desasadar.coverage.TargetMeasure;

/**
 * Where the coverage view reads targets: the target of an area (or office) code for a measure over a period, already
 * phased to the period (a year's target over one month is that month's share), or null when none is set. The view
 * works without any bean of this type (no targets: the target slots show "–"); {@link TargetsOfAreas} is the one
 * the app uses.
 */
@FunctionalInterface
public interface TargetLookup {

    Long target(String code, TargetMeasure measure, CoveragePeriod period);

    TargetLookup NONE = (code, measure, period) -> null;
}
