package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.LongPredicate;

/**
 * Every rule on one payment that does not need the contribution table, shared by the form and the import so that
 * both refuse the same things. "Already paid" and the worker's scope are the caller's: the form asks the database
 * per payment, an import once per batch. The tariffs come in as a schedule, so an import reads them once.
 */
public final class ContributionRules {

    public static final int REASON_MAX = Contribution.REASON_MAX;

    /** What the rules need to know of the worker who is paid for. */
    public record Payee(long workerId, LocalDate enrolledOn, long incomeBand, boolean jht, Long mouId, Long agentId) {
    }

    private ContributionRules() {
    }

    /**
     * @param amountOverride null: the computed amount was paid
     * @param payerId        the MoU or agent id for those payers, ignored for {@link Payer#WORKER}
     * @param agentInScope   whether the caller may see this agent
     * @throws RuleViolation the first rule broken
     */
    public static ValidContribution validate(TariffSchedule tariffs, Payee worker, YearMonth month, Long amountOverride,
                                             String overrideReason, LocalDate paidOn, Payer payer, Long payerId, LocalDate today,
                                             LongPredicate agentInScope) {
        month(month);
        YearMonth enrolledIn = YearMonth.from(worker.enrolledOn());
        if (month.isBefore(enrolledIn)) {
            throw new RuleViolation("contribution.error.before-enrollment", month.toString(), enrolledIn.toString());
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw new RuleViolation("contribution.error.future-month", month.toString());
        }
        paidOn(paidOn, today);
        long computed = tariffs.contribution(month, worker.incomeBand(), worker.jht()).total();
        long amount = amountOverride == null ? computed : amountOverride;
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (amount <= 0) {
            throw new RuleViolation("contribution.error.amount");
        }
        if (amount != computed && reason == null) {
            throw new RuleViolation("contribution.error.reason-required", computed);
        }
        reason(reason);
        payer(payer);
        if (payer == Payer.MOU && (payerId == null || !payerId.equals(worker.mouId()))) {
            throw new RuleViolation("contribution.error.mou-not-funding");
        }
        if (payer == Payer.AGENT && (payerId == null || !payerId.equals(worker.agentId()) || !agentInScope.test(payerId))) {
            throw new RuleViolation("contribution.error.agent-not-workers");
        }
        return new ValidContribution(worker.workerId(), month, amount, computed, amount == computed ? null : reason, paidOn, payer,
                payer == Payer.MOU ? payerId : null, payer == Payer.AGENT ? payerId : null);
    }

    // One check per field, each the one the rules above apply: the payment form binds them to its fields
    // (decision 033). What needs the worker (enrolment month, tariff, MoU, agent) is checked on save.

    public static YearMonth month(YearMonth month) {
        if (month == null) {
            throw new RuleViolation("contribution.error.month-required");
        }
        return month;
    }

    public static LocalDate paidOn(LocalDate paidOn, LocalDate today) {
        if (paidOn == null || paidOn.isAfter(today)) {
            throw new RuleViolation("contribution.error.paid-on");
        }
        return paidOn;
    }

    /** An amount typed over the tariff's: more than nothing (empty means the tariff's amount was paid). */
    public static Long amountOverride(Long amount) {
        if (amount != null && amount <= 0) {
            throw new RuleViolation("contribution.error.amount");
        }
        return amount;
    }

    /** The reason of an override is optional here; that an override needs one is known once the tariff is. */
    public static String reason(String reason) {
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new RuleViolation("contribution.error.reason-too-long", REASON_MAX);
        }
        return reason;
    }

    public static Payer payer(Payer payer) {
        if (payer == null) {
            throw new RuleViolation("contribution.error.payer-required");
        }
        return payer;
    }
}
