package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.text.CleanText;
import id.bpjstk.desasadar.partner.Funding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
        if (d.enrolledOn() == null || d.enrolledOn().isAfter(today)) {
            throw new FieldViolation(WorkerField.ENROLLED_ON, "worker.error.enrolled-on");
        }
        NikCheck check = Nik.check(d.nik(), d.enrolledOn(), ctx::areaExists).against(d.sex(), d.birthDate());
        if (!check.valid()) {
            Problem p = check.errors().getFirst();
            throw new FieldViolation(WorkerField.NIK, p.messageKey(), p.args().toArray());
        }
        String name = d.fullName() == null ? "" : CleanText.oneLine(d.fullName());
        if (name.isEmpty() || name.length() > Worker.NAME_MAX) {
            throw new FieldViolation(WorkerField.FULL_NAME, "worker.error.name", Worker.NAME_MAX);
        }
        String phone = null;
        if (d.phone() != null && !d.phone().isBlank()) {
            phone = rethrowAs(WorkerField.PHONE, () -> PhoneNumber.parse(d.phone()).value());
        }
        if (d.occupation() == null) {
            throw new FieldViolation(WorkerField.OCCUPATION, "worker.error.occupation");
        }
        if (d.villageCode() == null || !ctx.villageInScope(d.villageCode().strip())) {
            throw new FieldViolation(WorkerField.VILLAGE, "worker.error.village");
        }
        String village = d.villageCode().strip();
        if (d.siteId() != null && !ctx.siteInScope(d.siteId())) {
            throw new FieldViolation(WorkerField.SITE, "worker.error.site");
        }
        YearMonth month = YearMonth.from(d.enrolledOn());
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
        String kpj = null;
        if (d.kpj() != null && !d.kpj().isBlank()) {
            kpj = rethrowAs(WorkerField.KPJ, () -> KpjNumber.parse(d.kpj()).value());
        }
        return new ValidWorker(check.nik(), name, check.sex(), check.birthDate(), phone, d.occupation(), village,
                d.villageRole(), d.siteId(), d.jht(), d.incomeBand(), d.funding(), d.funding().needsMou() ? d.mouId() : null,
                d.enrolledOn(), d.eventId(), d.agentId(), kpj);
    }

    private static void checkFunding(WorkerDraft d, String village, Context ctx) {
        if (d.funding() == null) {
            throw new FieldViolation(WorkerField.FUNDING, "worker.error.funding");
        }
        if (!d.funding().needsMou()) {
            return;
        }
        if (d.mouId() == null) {
            throw new FieldViolation(WorkerField.MOU, "worker.error.mou-required", d.funding().name());
        }
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
