package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.base.io.CsvIntake;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.partner.BillSource.BilledWorker;
import id.bpjstk.desasadar.partner.BillSource.MouPayment;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly subsidy bill of a MoU (issue 12, decision 015) and a partner's check of its own list of NIKs. Whoever may
 * read the MoU ({@link PartnerService#findMou}: a partner its own, staff those in their scope) reads its bills; anyone
 * else is told the MoU is unknown. The bill of a closed month is stored at its first reading and never changes; what
 * arrives later appears as adjustments on the next bill.
 */
@Service
public class SubsidyBillService {

    /** A partner's list: one NIK a row; larger files are refused before reading (about 250,000 NIKs). */
    public static final long LIST_MAX_BYTES = 5L * 1024 * 1024;
    static final CsvIntake.Spec LIST_SPEC = new CsvIntake.Spec(List.of("nik"), LIST_MAX_BYTES);

    private final PartnerService partners;
    private final IssuedBills issued;
    private final ObjectProvider<BillSource> source;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;

    SubsidyBillService(PartnerService partners, IssuedBills issued, ObjectProvider<BillSource> source, AuditService audit,
                       CurrentUser currentUser, TransactionTemplate tx, Clock clock) {
        this.partners = partners;
        this.issued = issued;
        this.source = source;
        this.audit = audit;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The months of the MoU's period that have begun, newest first. */
    public List<YearMonth> billableMonths(long mouId) {
        MouView mou = mou(mouId);
        var months = new ArrayList<YearMonth>();
        YearMonth last = YearMonth.from(mou.endsOn()).isBefore(thisMonth()) ? YearMonth.from(mou.endsOn()) : thisMonth();
        for (YearMonth m = last; !m.isBefore(YearMonth.from(mou.startsOn())); m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The bill of the MoU for {@code month}: frozen when the month has closed (issued now if it never was, after the
     * earlier closed months of the MoU, so that each carries the corrections of the ones before), provisional for
     * the month running.
     */
    public SubsidyBill bill(long mouId, YearMonth month) {
        MouView mou = mou(mouId);
        if (month == null || month.isBefore(YearMonth.from(mou.startsOn())) || month.isAfter(YearMonth.from(mou.endsOn()))) {
            throw new RuleViolation("bill.error.outside-period", mou.number(), YearMonth.from(mou.startsOn()).toString(),
                    YearMonth.from(mou.endsOn()).toString());
        }
        YearMonth now = thisMonth();
        if (month.isAfter(now)) {
            throw new RuleViolation("bill.error.future-month", month.toString());
        }
        BillSource data = source.getObject();
        return tx.execute(status -> {
            YearMonth lastClosed = now.minusMonths(1);
            YearMonth closedUpTo = lastClosed.isBefore(month) ? lastClosed : month;
            if (!closedUpTo.isBefore(YearMonth.from(mou.startsOn()))) {
                issueUpTo(mou, closedUpTo, data);
            }
            Optional<IssuedBills.Issued> stored = issued.find(mouId, month);
            if (stored.isPresent()) {
                return new SubsidyBill(mou.id(), mou.number(), mou.title(), mou.partnerName(), mou.startsOn(), mou.endsOn(), month,
                        stored.get().issuedAt(), issued.lines(stored.get().id(), false), issued.lines(stored.get().id(), true));
            }
            return compute(mou, month, data, null);
        });
    }

    /** Writes the bill as PDF and records the download on the audit trail. */
    public void writePdf(long mouId, YearMonth month, OutputStream out, Function<String, String> text) {
        SubsidyBill bill = bill(mouId, month);
        audit.record("bill.download.pdf", bill.mouNumber() + " " + month);
        BillPdf.write(bill, out, text);
    }

    /** Writes the bill as XLSX, one row per worker line, and records the download on the audit trail. */
    public void writeXlsx(long mouId, YearMonth month, OutputStream out, Function<String, String> text) {
        SubsidyBill bill = bill(mouId, month);
        audit.record("bill.download.xlsx", bill.mouNumber() + " " + month);
        BillXlsx.write(bill, out, text);
    }

    /**
     * Checks a partner's list of NIKs (CSV, column {@code nik}) against the caller's own MoUs for {@code month}. Only
     * a partner user checks a list: the answer is about their MoUs and nobody else's.
     *
     * @throws RuleViolation the file is refused as a whole (columns, encoding, size); nothing was read
     */
    public ListCheck checkList(Path file, YearMonth month) {
        if (!currentUser.hasRole(Role.PARTNER)) {
            throw new AccessDeniedException("Only a partner checks its own list");
        }
        List<MouView> own = partners.mous();
        record Given(long line, String typed, String nik) {
        }
        var given = new ArrayList<Given>();
        BillSource data = source.getObject();
        RejectionReport report = new RejectionReport(LIST_SPEC.columns());
        try (report) {
            CsvIntake.read(file, LIST_SPEC, Progress.NONE, () -> false, row -> {
                String typed = row.value(0) == null ? "" : row.value(0).strip();
                try {
                    given.add(new Given(row.line(), typed, data.parseNik(typed)));
                } catch (RuleViolation e) {
                    report.add(row.line(), "nik", e, row.values());
                }
            });
        }
        Map<Long, MouView> byId = own.stream().collect(Collectors.toMap(MouView::id, m -> m));
        Map<String, BilledWorker> found = new HashMap<>();
        for (BilledWorker w : data.withNiks(given.stream().map(Given::nik).distinct().toList(), byId.keySet())) {
            found.put(w.nik(), w);
        }
        var rows = new ArrayList<ListCheck.Row>();
        for (Given g : given) {
            BilledWorker w = found.get(g.nik());
            MouView mou = w == null ? null : byId.get(w.mouId());
            if (mou == null) {
                rows.add(new ListCheck.Row(g.line(), g.typed(), ListCheck.Result.NOT_FOUND, null));
            } else {
                boolean covered = !month.isBefore(YearMonth.from(mou.startsOn())) && !month.isAfter(YearMonth.from(mou.endsOn()))
                        && !w.enrolledOn().isAfter(month.atEndOfMonth());
                rows.add(new ListCheck.Row(g.line(), g.typed(), covered ? ListCheck.Result.MATCHED : ListCheck.Result.NOT_COVERED,
                        mou.number()));
            }
        }
        audit.record("partner.list-check", given.size() + " NIK, " + month);
        return new ListCheck(month, rows, report.count(), report);
    }

    private MouView mou(long mouId) {
        return partners.findMou(mouId).orElseThrow(() -> new RuleViolation("bill.error.mou-unknown"));
    }

    /** Issues every closed month of the MoU up to {@code last} that has no bill yet, oldest first. */
    private void issueUpTo(MouView mou, YearMonth last, BillSource data) {
        issued.lock(mou.id());
        var done = issued.of(mou.id()).stream().map(IssuedBills.Issued::month).collect(Collectors.toSet());
        String who = currentUser.get().map(u -> u.username()).orElse("system");
        for (YearMonth m = YearMonth.from(mou.startsOn()); !m.isAfter(last); m = m.plusMonths(1)) {
            if (!done.contains(m)) {
                LocalDateTime at = LocalDateTime.now(clock);
                SubsidyBill bill = compute(mou, m, data, at);
                issued.store(mou.id(), m, at, who, bill.lines(), bill.adjustments());
            }
        }
    }

    /** The month's lines as the data says now, and the corrections of the MoU's issued bills before it. */
    private SubsidyBill compute(MouView mou, YearMonth month, BillSource data, LocalDateTime issuedAt) {
        List<BilledWorker> funded = data.fundedBy(mou.id());
        List<BillLine> lines = lines(mou, month, funded, data);
        var adjustments = new ArrayList<BillLine>();
        for (IssuedBills.Issued earlier : issued.of(mou.id())) {
            if (earlier.month().isBefore(month)) {
                adjustments.addAll(BillComputation.adjustments(earlier.month(), issued.recorded(mou.id(), earlier.month()),
                        lines(mou, earlier.month(), funded, data)));
            }
        }
        return new SubsidyBill(mou.id(), mou.number(), mou.title(), mou.partnerName(), mou.startsOn(), mou.endsOn(), month,
                issuedAt, lines, adjustments);
    }

    private static List<BillLine> lines(MouView mou, YearMonth month, List<BilledWorker> funded, BillSource data) {
        List<MouPayment> payments = data.paymentsBy(mou.id(), month);
        var fundedIds = funded.stream().map(BilledWorker::id).collect(Collectors.toSet());
        List<Long> strangers = payments.stream().map(MouPayment::workerId).filter(id -> !fundedIds.contains(id)).distinct().toList();
        Map<Long, BilledWorker> others = strangers.isEmpty() ? Map.of()
                : data.workers(strangers).stream().collect(Collectors.toMap(BilledWorker::id, w -> w));
        // one tariff lookup per band and programme choice, not one per worker
        Map<String, BillSource.Dues> tariffs = new HashMap<>();
        return BillComputation.month(month, funded, payments, others::get,
                (m, band, jht) -> tariffs.computeIfAbsent(m + "/" + band + "/" + jht, k -> data.dues(m, band, jht)));
    }
}
