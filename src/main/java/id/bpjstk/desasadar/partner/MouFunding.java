package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The MoU funding rule, in one place for the enrolment form ({@link PartnerService#checkFunding}, on the locked MoU)
 * and the worker import (on the MoUs it loads once): a worker funded by APBD or CSR needs an MoU of that funding,
 * running on the enrolment date, covering the worker's village, with a place left in its quota.
 */
public final class MouFunding {

    private MouFunding() {
    }

    /** Whether the form may offer this MoU for a worker of this funding, village and enrolment date. */
    public static boolean offers(MouView mou, Funding funding, String villageCode, LocalDate enrolledOn) {
        return mou.funding() == funding && mou.covers(villageCode) && mou.runsOn(enrolledOn);
    }

    /**
     * Refuses funding {@code additionalWorkers} more workers under the MoU when its funding is not the worker's, the
     * date is outside its period, the village outside its areas, or the workers would exceed its quota.
     *
     * @param enrolled the workers already counted under it (stored, plus those an import has already placed)
     */
    public static void check(MouView mou, Funding funding, String villageCode, LocalDate enrolledOn, long enrolled,
                             long additionalWorkers) {
        check(mou.number(), mou.funding(), mou.startsOn(), mou.endsOn(), mou.areaCodes(), mou.quota(), funding,
                villageCode, enrolledOn, enrolled, additionalWorkers);
    }

    /** Refuses a worker who would take the MoU past its quota; {@code enrolled} are those already counted under it. */
    public static void checkQuota(String number, long quota, long enrolled, long additionalWorkers) {
        if (enrolled + additionalWorkers > quota) {
            throw new RuleViolation("mou.error.quota-exceeded", number, quota, Math.max(0, quota - enrolled));
        }
    }

    static void check(Mou mou, Funding funding, String villageCode, LocalDate enrolledOn, long enrolled, long additionalWorkers) {
        check(mou.getNumber(), mou.getPartner().getKind().funding(), mou.getStartsOn(), mou.getEndsOn(), mou.getAreaCodes(),
                mou.getQuota(), funding, villageCode, enrolledOn, enrolled, additionalWorkers);
    }

    private static void check(String number, Funding mouFunding, LocalDate startsOn, LocalDate endsOn, Collection<String> areaCodes,
                              long quota, Funding funding, String villageCode, LocalDate enrolledOn, long enrolled,
                              long additionalWorkers) {
        if (mouFunding != funding) {
            throw new RuleViolation("worker.error.mou-kind", number, String.valueOf(funding));
        }
        if (enrolledOn == null || enrolledOn.isBefore(startsOn) || enrolledOn.isAfter(endsOn)) {
            throw new RuleViolation("mou.error.outside-period", number, startsOn.toString(), endsOn.toString());
        }
        if (villageCode == null || areaCodes.stream().noneMatch(a -> AreaPrefixes.inside(villageCode, a))) {
            throw new RuleViolation("mou.error.outside-area", number);
        }
        checkQuota(number, quota, enrolled, additionalWorkers);
    }
}
