package id.bpjstk.desasadar.partner;

import java.time.YearMonth;

/**
 * One worker on a subsidy bill: the month's own line, or ({@code adjustment}) the correction of an earlier bill's
 * line, whose amounts are then the differences. Identity as a partner may see it: masked NIK, no birth date.
 */
public record BillLine(boolean adjustment, YearMonth forMonth, long workerId, String maskedNik, String name, String villageCode,
                       String villageName, long incomeBand, boolean jht, long jkk, long jkm, long jhtAmount, long discount,
                       long due, long paid, int payments, BillStatus status) {

    /** Due less paid: what is still owed on this line (negative: paid more than due). */
    public long balance() {
        return due - paid;
    }
}
