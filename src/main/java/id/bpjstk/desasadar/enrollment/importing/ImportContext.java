package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.TariffSchedule;
import id.bpjstk.desasadar.enrollment.WorkerRules;
import id.bpjstk.desasadar.partner.MouFunding;
import id.bpjstk.desasadar.partner.MouView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The enrollment rules' questions answered from what an import loads once (villages in scope, area codes, MoUs,
 * agents) instead of a query per row: a million rows cannot ask the database a million times each.
 *
 * <p>MoU quotas are counted as rows pass the rules. A row that passes and is then found already registered still
 * counts, so an import near a quota is refused early rather than late: never more workers than the quota.
 */
final class ImportContext implements WorkerRules.Context {

    private final Set<String> villagesInScope;
    private final Set<String> areaCodes;
    private final Map<Long, MouView> mous;
    private final Map<Long, Long> takenFromQuota = new HashMap<>();
    private final Set<Long> agentsInScope;
    private final LongPredicate eventInScope;
    private final Map<Long, Boolean> eventsSeen = new HashMap<>();
    private final LongPredicate siteInScope;
    private final Map<Long, Boolean> sitesSeen = new HashMap<>();
    private final TariffSchedule tariffs;
    private final Map<YearMonth, List<Long>> bandsByMonth = new HashMap<>();

    ImportContext(Set<String> villagesInScope, Set<String> areaCodes, Map<Long, MouView> mous, Set<Long> agentsInScope,
                  LongPredicate eventInScope, LongPredicate siteInScope, TariffSchedule tariffs) {
        this.villagesInScope = villagesInScope;
        this.areaCodes = areaCodes;
        this.mous = mous;
        this.agentsInScope = agentsInScope;
        this.eventInScope = eventInScope;
        this.siteInScope = siteInScope;
        this.tariffs = tariffs;
    }

    /** The schedule of the import's start, asked once per month: a million rows span a few dozen months. */
    @Override
    public List<Long> incomeBands(YearMonth month) {
        return bandsByMonth.computeIfAbsent(month, tariffs::bands);
    }

    @Override
    public boolean villageInScope(String villageCode) {
        return villagesInScope.contains(villageCode);
    }

    @Override
    public boolean areaExists(String code) {
        return areaCodes.contains(code);
    }

    @Override
    public void checkFunding(Funding funding, long mouId, String villageCode, LocalDate enrolledOn) {
        MouView mou = mous.get(mouId);
        if (mou == null) {
            throw new RuleViolation("mou.error.unknown");
        }
        long taken = takenFromQuota.getOrDefault(mouId, 0L);
        // counted as the MoU was when the import began, plus the rows this import has placed under it since
        MouFunding.check(mou, funding, villageCode, enrolledOn, mou.enrolled() + taken, 1);
        takenFromQuota.put(mouId, taken + 1);
    }

    @Override
    public boolean eventInScope(long eventId) {
        return eventsSeen.computeIfAbsent(eventId, eventInScope::test);
    }

    @Override
    public boolean agentInScope(long agentId) {
        return agentsInScope.contains(agentId);
    }

    @Override
    public boolean siteInScope(long siteId) {
        // asked once per site: the workers of one UMKM usually come together, a hundred thousand UMKM at most
        return sitesSeen.computeIfAbsent(siteId, siteInScope::test);
    }
}
