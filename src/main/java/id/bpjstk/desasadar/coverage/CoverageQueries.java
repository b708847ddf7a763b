package id.bpjstk.desasadar.coverage;

import java.time.YearMonth;
import java.util.List;

/**
 * What the coverage view, the planner and the partner pages read: roll-ups of the village × month store, always cut
 * to the caller's scope (a partner sees only the workers of its own MoUs and no reach or event figures). An area
 * code of {@code ""} is the nation. Implemented by {@code CoverageService}.
 */
public interface CoverageQueries {

    /** One area (nation, province, regency, district or village) over a period; null when out of scope or unknown. */
    CoverageFigures area(String code, CoveragePeriod period);

    /** The child areas of {@code parentCode} in scope (provinces under the nation, …, villages under a district). */
    List<CoverageFigures> children(String parentCode, CoveragePeriod period);

    /**
     * Every village under {@code areaCode} (any level; {@code ""}: the nation) in the caller's scope that has figures,
     * read in one grouped range of the village-level cells (level 4), for lists of hundreds of villages such as the
     * visit planner's. {@code name} is null (the caller has the villages' names); villages without any cell are absent.
     */
    List<CoverageFigures> villages(String areaCode, CoveragePeriod period);

    /** One figure set per month from {@code from} to {@code to}, for the trend line. */
    List<MonthFigures> trend(String code, YearMonth from, YearMonth to);

    /** The offices whose areas meet {@code code}, each with the figures of the areas it covers (code = office code). */
    List<CoverageFigures> offices(String code, CoveragePeriod period);

    /** The Perisai agents of the area ranked by acquisitions in the period, then contributions collected. */
    List<AgentFigures> agents(String code, CoveragePeriod period, int limit);

    record MonthFigures(YearMonth month, CoverageFigures figures) {
    }

    record AgentFigures(long agentId, String registrationNumber, String name, String homeArea, long acquisitions,
                        long collected) {
    }
}
