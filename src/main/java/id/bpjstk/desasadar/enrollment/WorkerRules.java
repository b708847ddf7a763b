package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.base.text.PhoneNumber;
import id.bpjstk.desasadar.partner.Funding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every enrollment rule on one worker, shared by the form and the import so that both refuse exactly the same
 * things. What needs the database comes in through {@link Context}: the form asks the services, an import answers
 * from what it loaded once for the whole file.
 */
public final class WorkerRules {

    /** The database-backed parts of the rules. */
    public interface Context {
        /** Whether the code is a village in the caller's scope. */
        boolean villageInScope(String villageCode);

        /** Whether an area code (province, regency, district) exists in the official list. */
        boolean areaExists(String code);

        /** Refuses (with a {@link RuleViolation}) a MoU that cannot fund one more worker of this village on this date. */
        void checkFunding(Funding funding, long mouId, String villageCode, LocalDate enrolledOn);

        /** Whether the event exists in the caller's scope. */
        boolean eventInScope(long eventId);

        /** Whether the agent exists in the caller's scope. */
        boolean agentInScope(long agentId);

        /** Whether the site exists in the caller's scope. */
        boolean siteInScope(long siteId);

        /** The income bands that can be declared in the month. */
        List<Long> incomeBands(YearMonth month);
    }

    private WorkerRules() {
    }

    /** @throws FieldViolation the first rule broken, naming its field */
    public static ValidWorker validate(WorkerDraft d, LocalDate today, Context ctx) {
        LocalDate enrolledOn = enrolledOn(d.enrolledOn(), today);
        NikCheck check = nik(Nik.check(d.nik(), enrolledOn, ctx::areaExists).against(d.sex(), d.birthDate()));
        String name = fullName(d.fullName());
        String phone = phone(d.phone());
        occupation(d.occupation());
        String village = village(d.villageCode(), ctx::villageInScope);
        if (d.siteId() != null && !ctx.siteInScope(d.siteId())) {
            throw new FieldViolation(WorkerField.SITE, "worker.error.site");
        }
        YearMonth month = YearMonth.from(enrolledOn);
        if (!ctx.incomeBands(month).contains(d.incomeBand())) {
            throw new FieldViolation(WorkerField.INCOME_BAND, "worker.error.income-band", d.incomeBand());
        }
        checkFunding(d, village, ctx);
        if (d.eventId() != null && !ctx.eventInScope(d.eventId())) {
            throw new FieldViolation(WorkerField.EVENT, "worker.error.event");
        }
        if (d.agentId() != null && !ctx.agentInScope(d.agentId())) {
            throw new FieldViolation(WorkerField.AGENT, "worker.error.agent");
        }
        String kpj = kpj(d.kpj());
        return new ValidWorker(check.nik(), name, check.sex(), check.birthDate(), phone, d.occupation(), village,
                d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.funding().needsMou() ? d.mouId() : null,
                enrolledOn, d.eventId(), d.agentId(), kpj);
    }

    // One check per field, each the one the whole-worker rules above apply: a form binds them to its fields
    // (decision 033), so that it flags a bad value with the words the import report gives for it.

    /** The enrolment date: given, and not after today. */
    public static LocalDate enrolledOn(LocalDate enrolledOn, LocalDate today) {
        if (enrolledOn == null || enrolledOn.isAfter(today)) {
            throw new FieldViolation(WorkerField.ENROLLED_ON, "worker.error.enrolled-on");
        }
        return enrolledOn;
    }

    /** A NIK check without errors (warnings allowed); else its first error, as the NIK field's refusal. */
    public static NikCheck nik(NikCheck check) {
        if (!check.valid()) {
            Problem p = check.errors().getFirst();
            throw new FieldViolation(WorkerField.NIK, p.messageKey(), p.args().toArray());
        }
        return check;
    }

    /** The name on one line, not empty and not longer than the column. */
    public static String fullName(String typed) {
        String name = typed == null ? "" : CleanText.oneLine(typed);
        if (name.isEmpty() || name.length() > Worker.NAME_MAX) {
            throw new FieldViolation(WorkerField.FULL_NAME, "worker.error.name", Worker.NAME_MAX);
        }
        return name;
    }

    /** The phone number in its international form, or null when none is given (it is optional). */
    public static String phone(String typed) {
        return typed == null || typed.isBlank() ? null : rethrowAs(WorkerField.PHONE, () -> PhoneNumber.parse(typed).value());
    }

    public static Occupation occupation(Occupation occupation) {
        if (occupation == null) {
            throw new FieldViolation(WorkerField.OCCUPATION, "worker.error.occupation");
        }
        return occupation;
    }

    /** The village code without spaces, given and in the caller's scope (which a form's area picker already is). */
    public static String village(String code, Predicate<String> inScope) {
        if (code == null || !inScope.test(code.strip())) {
            throw new FieldViolation(WorkerField.VILLAGE, "worker.error.village");
        }
        return code.strip();
    }

    public static Funding funding(Funding funding) {
        if (funding == null) {
            throw new FieldViolation(WorkerField.FUNDING, "worker.error.funding");
        }
        return funding;
    }

    /** A funding paid under an MoU (APBD, CSR) names the MoU; which MoU may fund the worker is the database's. */
    public static void mouChosen(Funding funding, Long mouId) {
        if (funding != null && funding.needsMou() && mouId == null) {
            throw new FieldViolation(WorkerField.MOU, "worker.error.mou-required", funding.name());
        }
    }

    /** The KPJ number without separators, or null when none is given (it is optional). */
    public static String kpj(String typed) {
        return typed == null || typed.isBlank() ? null : rethrowAs(WorkerField.KPJ, () -> KpjNumber.parse(typed).value());
    }

    private static void checkFunding(WorkerDraft d, String village, Context ctx) {
        if (!funding(d.funding()).needsMou()) {
            return;
        }
        mouChosen(d.funding(), d.mouId());
        rethrowAs(WorkerField.MOU, () -> {
            ctx.checkFunding(d.funding(), d.mouId(), village, d.enrolledOn());
            return null;
        });
    }

    private static <T> T rethrowAs(WorkerField field, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (FieldViolation e) {
            throw e;
        } catch (RuleViolation e) {
            throw new FieldViolation(field, e.messageKey(), e.args());
        }
    }
}
