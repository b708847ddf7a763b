package id.bpjstk.desasadar.partner;

import id.bpjstk.desasadar.partner.BillSource.BilledWorker;
import id.bpjstk.desasadar.partner.BillSource.Dues;
import id.bpjstk.desasadar.partner.BillSource.MouPayment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of a subsidy bill, without storage: who is covered in a month, what each costs, how the MoU's payments
 * reconcile, and how a recomputed month differs from what earlier bills said.
 */
final class BillComputation {

    /** The tariff of a month for a band, with or without JHT. */
    @FunctionalInterface
    interface DuesLookup {
        Dues of(YearMonth month, long band, boolean jht);
    }

    private static final Comparator<BillLine> ORDER = Comparator.comparing(BillLine::status, Comparator.comparing(s -> s == BillStatus.NOT_COVERED))
            .thenComparing(BillLine::villageCode).thenComparing(BillLine::name).thenComparingLong(BillLine::workerId);

    private BillComputation() {
    }

    /**
     * The month's lines: each worker funded by the MoU and enrolled by the month's end, at the tariff in force that
     * month, with what the MoU paid for them; then each payment of the month for a worker not covered.
     *
     * @param funded  the workers the MoU funds now
     * @param others  identities of paid workers who are not in {@code funded}, by id
     */
    static List<BillLine> month(YearMonth month, List<BilledWorker> funded, List<MouPayment> payments,
                                Function<Long, BilledWorker> others, DuesLookup dues) {
        Map<Long, List<MouPayment>> paidFor = payments.stream().collect(Collectors.groupingBy(MouPayment::workerId));
        var lines = new ArrayList<BillLine>();
        Set<Long> covered = new TreeSet<>();
        for (BilledWorker w : funded) {
            if (w.enrolledOn() == null || w.enrolledOn().isAfter(month.atEndOfMonth())) {
                continue;
            }
            covered.add(w.id());
            Dues d = dues.of(month, w.incomeBand(), w.jht());
            List<MouPayment> p = paidFor.getOrDefault(w.id(), List.of());
            BillStatus status = p.isEmpty() ? BillStatus.UNPAID : p.size() == 1 ? BillStatus.PAID : BillStatus.PAID_TWICE;
            lines.add(line(false, month, w, d, p.stream().mapToLong(MouPayment::amount).sum(), p.size(), status));
        }
        for (var e : paidFor.entrySet()) {
            if (!covered.contains(e.getKey())) {
                BilledWorker w = others.apply(e.getKey());
                List<MouPayment> p = e.getValue();
                lines.add(new BillLine(false, month, e.getKey(), w.maskedNik(), w.name(), w.villageCode(), w.villageName(),
                        w.incomeBand(), w.jht(), 0, 0, 0, 0, 0, p.stream().mapToLong(MouPayment::amount).sum(), p.size(),
                        BillStatus.NOT_COVERED));
            }
        }
        lines.sort(ORDER);
        return lines;
    }

    /**
     * The corrections of month {@code forMonth}: per worker, what the month says now less what the bills issued so far
     * said of it (its own frozen lines and the adjustments already carried). Workers without a difference are left out.
     */
    static List<BillLine> adjustments(YearMonth forMonth, List<BillLine> recorded, List<BillLine> now) {
        Map<Long, BillLine> before = sumByWorker(recorded);
        Map<Long, BillLine> after = sumByWorker(now);
        var result = new ArrayList<BillLine>();
        Set<Long> workers = new TreeSet<>(before.keySet());
        workers.addAll(after.keySet());
        for (long id : workers) {
            BillLine b = before.get(id);
            BillLine a = after.get(id);
            long due = amount(a, BillLine::due) - amount(b, BillLine::due);
            long paid = amount(a, BillLine::paid) - amount(b, BillLine::paid);
            if (due == 0 && paid == 0) {
                continue;
            }
            BillLine who = a != null ? a : b;
            result.add(new BillLine(true, forMonth, id, who.maskedNik(), who.name(), who.villageCode(), who.villageName(),
                    who.incomeBand(), who.jht(), amount(a, BillLine::jkk) - amount(b, BillLine::jkk),
                    amount(a, BillLine::jkm) - amount(b, BillLine::jkm), amount(a, BillLine::jhtAmount) - amount(b, BillLine::jhtAmount),
                    amount(a, BillLine::discount) - amount(b, BillLine::discount), due, paid,
                    (int) (amount(a, l -> (long) l.payments()) - amount(b, l -> (long) l.payments())),
                    a != null ? a.status() : BillStatus.UNPAID));
        }
        result.sort(ORDER);
        return result;
    }

    private static BillLine line(boolean adjustment, YearMonth month, BilledWorker w, Dues d, long paid, int payments, BillStatus status) {
        return new BillLine(adjustment, month, w.id(), w.maskedNik(), w.name(), w.villageCode(), w.villageName(), w.incomeBand(),
                w.jht(), d.jkk(), d.jkm(), d.jht(), d.discount(), d.total(), paid, payments, status);
    }

    /** A worker's lines added up (a frozen line and its later adjustments), keeping the latest identity and status. */
    private static Map<Long, BillLine> sumByWorker(List<BillLine> lines) {
        Map<Long, BillLine> sums = new LinkedHashMap<>();
        for (BillLine l : lines) {
            sums.merge(l.workerId(), l, (x, y) -> new BillLine(false, x.forMonth(), x.workerId(), y.maskedNik(), y.name(),
                    y.villageCode(), y.villageName(), y.incomeBand(), y.jht(), x.jkk() + y.jkk(), x.jkm() + y.jkm(),
                    x.jhtAmount() + y.jhtAmount(), x.discount() + y.discount(), x.due() + y.due(), x.paid() + y.paid(),
                    x.payments() + y.payments(), y.status()));
        }
        return sums;
    }

    private static long amount(BillLine line, Function<BillLine, Long> field) {
        return line == null ? 0 : field.apply(line);
    }
}
