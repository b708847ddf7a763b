package id.bpjstk.desasadar.partner;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * What the subsidy bill reads of the enrollment feature without depending on it (enrollment depends on partner):
 * the workers a MoU funds, the payments a MoU made and the tariff in force. Implemented by enrollment as a Spring bean.
 * Not cut to the caller's scope: {@link SubsidyBillService} checks first that the caller may read the MoU, and asks
 * only about that MoU's workers and payments. The identity it returns is already masked for a partner's eyes.
 */
public interface BillSource {

    /** Every worker whose funding is this MoU now (enrolled on any date). */
    List<BilledWorker> fundedBy(long mouId);

    /** The workers with these ids (the ones a MoU paid for), whatever funds them now. */
    List<BilledWorker> workers(Collection<Long> workerIds);

    /** The workers with these full NIKs funded by one of these MoUs; a NIK funded by any other MoU or by nobody is absent. */
    List<BilledWorker> withNiks(Collection<String> niks, Collection<Long> mouIds);

    /** The 16 digits of a NIK as typed (spaces, dots, hyphens allowed); a {@code RuleViolation} when malformed. */
    String parseNik(String typed);

    /** The payments recorded with this MoU as payer for {@code month}. */
    List<MouPayment> paymentsBy(long mouId, YearMonth month);

    /** The contribution in force for {@code month} for a declared income band, by programme. */
    Dues dues(YearMonth month, long incomeBand, boolean withJht);

    /**
     * A worker as a bill shows them: masked NIK (never the full one), name, village, declared band and whether JHT is
     * taken, the MoU funding them now and since when. {@code nik} is the full NIK only for {@link #withNiks} matching
     * and never leaves the partner feature.
     */
    record BilledWorker(long id, String nik, String maskedNik, String name, String villageCode, String villageName,
                        long incomeBand, boolean jht, Long mouId, LocalDate enrolledOn) {
    }

    /** One payment recorded with the MoU as payer. */
    record MouPayment(long workerId, YearMonth month, long amount, LocalDate paidOn) {
    }

    /** Whole rupiah per programme; {@code total} = jkk + jkm + jht − discount (the discounts in force that month). */
    record Dues(long jkk, long jkm, long jht, long discount, long total) {
    }
}
