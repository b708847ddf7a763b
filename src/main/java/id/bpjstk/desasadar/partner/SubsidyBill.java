package id.bpjstk.desasadar.partner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The subsidy bill of one MoU for one month: its lines (workers covered, and payments for workers not covered), the
 * adjustments of earlier bills, and the totals. {@code issuedAt} is null while the month is open (a provisional bill,
 * recomputed at every reading); once set the bill is frozen.
 */
public record SubsidyBill(long mouId, String mouNumber, String mouTitle, String partnerName, LocalDate mouStartsOn,
                          LocalDate mouEndsOn, YearMonth month, LocalDateTime issuedAt, List<BillLine> lines,
                          List<BillLine> adjustments) {

    public SubsidyBill {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }

    public boolean frozen() {
        return issuedAt != null;
    }

    /** Workers covered that month (lines other than payments for someone not covered). */
    public long covered() {
        return lines.stream().filter(l -> l.status() != BillStatus.NOT_COVERED).count();
    }

    public long count(BillStatus status) {
        return lines.stream().filter(l -> l.status() == status).count();
    }

    /** What the month's covered workers cost under the tariffs in force. */
    public long due() {
        return lines.stream().mapToLong(BillLine::due).sum();
    }

    /** What the MoU paid for the month, whoever for. */
    public long paid() {
        return lines.stream().mapToLong(BillLine::paid).sum();
    }

    /** Paid for workers not covered that month: to be reclaimed or explained. */
    public long paidNotCovered() {
        return lines.stream().filter(l -> l.status() == BillStatus.NOT_COVERED).mapToLong(BillLine::paid).sum();
    }

    public long adjustmentDue() {
        return adjustments.stream().mapToLong(BillLine::due).sum();
    }

    public long adjustmentPaid() {
        return adjustments.stream().mapToLong(BillLine::paid).sum();
    }

    /** Due this month plus the corrections of earlier bills. */
    public long totalDue() {
        return due() + adjustmentDue();
    }

    public long totalPaid() {
        return paid() + adjustmentPaid();
    }

    /** Still owed (negative: paid more than due). */
    public long balance() {
        return totalDue() - totalPaid();
    }
}
