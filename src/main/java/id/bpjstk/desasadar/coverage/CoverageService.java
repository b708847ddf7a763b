package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.territory.AreaDirectory;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage figures (decision 009): roll-ups of the area × month × MoU store, cut to the caller's scope. Regional
 * heads and coordinators read the areas of their scope (an area partly in scope counts only its parts in scope); a
 * partner reads only the cells of its own MoUs inside its scope, which hold no reach, events or agents; an
 * administrator reads everything. Nothing here reads the worker table, except the agent leaderboard (by its indexes).
 *
 * <p>Names of areas come from territory's {@link AreaDirectory}; potentials from {@code coverage_potential}, kept from
 * territory's {@link id.bpjstk.desasadar.territory.VillagePotentialChanged} events. This class rolls the figures up
 * for the caller; the SQL on the store is in {@link CellReads}, the agent ranking in {@link AgentLeaderboard}, and the
 * one command, the rebuild, in {@link CoverageRebuild} (decision 034).
 */
@Service
public class CoverageService implements CoverageQueries {

    private final CellReads cells;
    private final AgentLeaderboard leaderboard;
    private final AreaDirectory areas;
    private final CoverageReaders readers;
    private final OfficeService offices;
    private final MeterRegistry meters;

    CoverageService(CellReads cells, AgentLeaderboard leaderboard, AreaDirectory areas, CoverageReaders readers,
                    OfficeService offices, MeterRegistry meters) {
        this.cells = cells;
        this.leaderboard = leaderboard;
        this.areas = areas;
        this.readers = readers;
        this.offices = offices;
        this.meters = meters;
    }

    /** Every read of the figures is timed as {@code desasadar.coverage.query}, tagged with the read (issue 14, item 9). */
    private <T> T timed(String read, Supplier<T> query) {
        return Timer.builder("desasadar.coverage.query").description("Reads of the coverage figures").tag("read", read)
                .register(meters).record(query);
    }

    private CoverageReader reader() {
        return readers.caller();
    }

    @Override
    @Transactional(readOnly = true)
    public CoverageFigures area(String code, CoveragePeriod period) {
        return timed("area", () -> area(reader(), code, period));
    }

    /**
     * The figures of one MoU's workers in an area (a partner's home shows each of its MoUs apart): null when the
     * caller may not read the MoU (a partner reads only its own) or the area is out of their scope.
     */
    @Transactional(readOnly = true)
    public CoverageFigures mouArea(long mouId, String code, CoveragePeriod period) {
        CoverageReader reader = mouReader(mouId);
        return reader == null ? null : timed("mou-area", () -> area(reader, code, period));
    }

    /** The child areas of {@code parentCode} with the figures of one MoU's workers; empty when the MoU is not the caller's to read. */
    @Transactional(readOnly = true)
    public List<CoverageFigures> mouChildren(long mouId, String parentCode, CoveragePeriod period) {
        CoverageReader reader = mouReader(mouId);
        return reader == null ? List.of() : timed("mou-children", () -> children(reader, parentCode, period));
    }

    private CoverageReader mouReader(long mouId) {
        return readers.callerForMou(mouId);
    }

    private CoverageFigures area(CoverageReader reader, String code, CoveragePeriod period) {
        List<String> codes = reader.cellCodes(code);
        if (codes.isEmpty()) {
            return null;
        }
        String name = nameOf(code);
        if (name == null) {
            return null;
        }
        return CellReads.figures(code, name, cells.sums(codes, reader, period), reader.partner() ? null : cells.potentials(codes));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageFigures> children(String parentCode, CoveragePeriod period) {
        return timed("children", () -> children(reader(), parentCode, period));
    }

    private List<CoverageFigures> children(CoverageReader reader, String parentCode, CoveragePeriod period) {
        Map<String, String> names = childNames(parentCode);
        List<CoverageFigures> result = new ArrayList<>();
        if (reader.scope().includes(parentCode)) {
            // the whole parent is in scope: one grouped read of the children's own cells
            Map<String, long[]> sums = cells.childSums(parentCode, reader, period);
            Map<String, Long> potentials = reader.partner() ? null : cells.childPotentials(parentCode);
            for (var child : names.entrySet()) {
                long[] own = sums.getOrDefault(child.getKey(), new long[Cells.COLUMNS.size()]);
                result.add(CellReads.figures(child.getKey(), child.getValue(), own,
                        potentials == null ? null : potentials.getOrDefault(child.getKey(), 0L)));
            }
            return result;
        }
        for (var child : names.entrySet()) {
            List<String> codes = reader.cellCodes(child.getKey());
            if (!codes.isEmpty()) {
                result.add(CellReads.figures(child.getKey(), child.getValue(), cells.sums(codes, reader, period),
                        reader.partner() ? null : cells.potentials(codes)));
            }
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageFigures> villages(String areaCode, CoveragePeriod period) {
        return timed("villages", () -> readVillages(areaCode, period));
    }

    private List<CoverageFigures> readVillages(String areaCode, CoveragePeriod period) {
        CoverageReader reader = reader();
        List<String> ranges = reader.cellCodes(areaCode == null ? "" : areaCode.strip());
        if (ranges.isEmpty()) {
            return List.of();
        }
        return cells.villages(reader, ranges, period);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonthFigures> trend(String code, YearMonth from, YearMonth to) {
        return timed("trend", () -> readTrend(code, from, to));
    }

    private List<MonthFigures> readTrend(String code, YearMonth from, YearMonth to) {
        CoverageReader reader = reader();
        List<String> codes = reader.cellCodes(code);
        String name = codes.isEmpty() ? null : nameOf(code);
        if (name == null) {
            return List.of();
        }
        TreeMap<YearMonth, long[]> byMonth = cells.byMonth(codes, reader, to);
        long[] stock = new long[Cells.COLUMNS.size()];
        List<MonthFigures> trend = new ArrayList<>();
        var before = byMonth.headMap(from);
        for (long[] v : before.values()) {
            CellReads.addStocks(stock, v);
        }
        Long potential = reader.partner() ? null : cells.potentials(codes);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            long[] month = byMonth.getOrDefault(m, new long[Cells.COLUMNS.size()]);
            CellReads.addStocks(stock, month);
            long[] figures = month.clone();
            for (int s : CellReads.STOCKS) {
                figures[s] = stock[s];
            }
            trend.add(new MonthFigures(m, CellReads.figures(code, name, figures, potential)));
        }
        return trend;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoverageFigures> offices(String code, CoveragePeriod period) {
        return timed("offices", () -> readOffices(code, period));
    }

    private List<CoverageFigures> readOffices(String code, CoveragePeriod period) {
        CoverageReader reader = reader();
        List<CoverageFigures> result = new ArrayList<>();
        for (OfficeView office : offices.list()) {
            if (office.areaCodes().stream().noneMatch(a -> CoverageReader.meets(a, code))) {
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String a : office.areaCodes()) {
                codes.addAll(reader.cellCodes(a));
            }
            if (codes.isEmpty()) {
                continue;
            }
            List<String> distinct = CoverageReader.withoutNested(codes);
            result.add(CellReads.figures(office.code(), office.name(), cells.sums(distinct, reader, period),
                    reader.partner() ? null : cells.potentials(distinct)));
        }
        return result;
    }

    /**
     * Agents whose home area lies in {@code code} and the caller's scope, with the workers they brought in (enrolled in
     * the period) and the contributions they collected (paid in the period). Partners see no agents.
     *
     * <p>Acquisitions come from {@code coverage_agent_sign} (an agent's workers per sign day, the 1st or the 2nd of the
     * enrolment month, so a range of whole months counts exactly the workers enrolled in it). The collections are
     * summed from {@code ix_contribution_agent_paid} only for the agents that can still reach the top {@code limit}:
     * those with at least the acquisitions of the {@code limit}-th. Counting every agent's workers and collections row
     * by row reads about a million worker rows and as many payments for the nation at 5,000,000 workers (an estimate
     * from the benchmark's data; at 20,000 workers it already took up to 131 ms, docs/benchmarks.md).
     */
    @Override
    @Transactional(readOnly = true)
    public List<AgentFigures> agents(String code, CoveragePeriod period, int limit) {
        return timed("agents", () -> readAgents(code, period, limit));
    }

    private List<AgentFigures> readAgents(String code, CoveragePeriod period, int limit) {
        return leaderboard.top(reader(), code, period, limit);
    }

    private String nameOf(String code) {
        return code.isEmpty() ? "Indonesia" : areas.name(code);
    }

    private Map<String, String> childNames(String parentCode) {
        Map<String, String> names = new LinkedHashMap<>();
        areas.children(parentCode).forEach(a -> names.put(a.code(), a.name()));
        return names;
    }
}
