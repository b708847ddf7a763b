package id.bpjstk.desasadar.partner;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjstk.desasadar.partner.BillSource.BilledWorker;
import id.bpjstk.desasadar.partner.BillSource.Dues;
import id.bpjstk.desasadar.partner.BillSource.MouPayment;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a bill on plain data: coverage, the four reconciliation categories, the adjustments. */
class BillComputationTest {

    static final YearMonth MONTH = YearMonth.of(2026, 5);
    static final BillComputation.DuesLookup TARIFF = (month, band, jht) -> {
        long jkk = band / 100;
        long jhtAmount = jht ? band * 2 / 100 : 0;
        return new Dues(jkk, 6_800, jhtAmount, 0, jkk + 6_800 + jhtAmount);
    };

    @Test
    void each_covered_worker_is_paid_unpaid_or_paid_twice_and_a_payment_for_anyone_else_is_not_covered() {
        var paid = worker(1, LocalDate.of(2026, 1, 5), false);
        var unpaid = worker(2, LocalDate.of(2026, 5, 31), true);
        var twice = worker(3, LocalDate.of(2026, 2, 1), false);
        var notYet = worker(4, LocalDate.of(2026, 6, 1), false);
        var stranger = worker(9, LocalDate.of(2026, 1, 1), false);
        List<MouPayment> payments = List.of(pay(1, 16_800), pay(3, 16_800), pay(3, 16_800), pay(4, 16_800), pay(9, 16_800));

        List<BillLine> lines = BillComputation.month(MONTH, List.of(paid, unpaid, twice, notYet), payments,
                Map.of(9L, stranger, 4L, notYet)::get, TARIFF);

        assertThat(lines).extracting(BillLine::workerId, BillLine::status, BillLine::due, BillLine::paid).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1L, BillStatus.PAID, 16_800L, 16_800L),
                org.assertj.core.groups.Tuple.tuple(2L, BillStatus.UNPAID, 36_800L, 0L),
                org.assertj.core.groups.Tuple.tuple(3L, BillStatus.PAID_TWICE, 16_800L, 33_600L),
                org.assertj.core.groups.Tuple.tuple(4L, BillStatus.NOT_COVERED, 0L, 16_800L),
                org.assertj.core.groups.Tuple.tuple(9L, BillStatus.NOT_COVERED, 0L, 16_800L));
        // not covered last, so that the workers billed come first on the printed bill
        assertThat(lines.subList(3, 5)).allSatisfy(l -> assertThat(l.status()).isEqualTo(BillStatus.NOT_COVERED));
    }

    @Test
    void an_adjustment_is_what_the_month_says_now_less_what_its_bills_said_and_nothing_when_they_agree() {
        var w = worker(1, LocalDate.of(2026, 1, 5), false);
        var other = worker(2, LocalDate.of(2026, 1, 5), false);
        List<BillLine> issued = BillComputation.month(MONTH, List.of(w, other), List.of(), id -> null, TARIFF);
        List<BillLine> now = BillComputation.month(MONTH, List.of(w, other), List.of(pay(1, 16_800)), id -> null, TARIFF);

        List<BillLine> adjustments = BillComputation.adjustments(MONTH, issued, now);

        assertThat(adjustments).singleElement().satisfies(a -> {
            assertThat(a.adjustment()).isTrue();
            assertThat(a.workerId()).isEqualTo(1);
            assertThat(a.due()).isZero();
            assertThat(a.paid()).isEqualTo(16_800);
            assertThat(a.status()).isEqualTo(BillStatus.PAID);
        });
        var carried = new java.util.ArrayList<>(issued);
        carried.addAll(adjustments);
        assertThat(BillComputation.adjustments(MONTH, carried, now)).isEmpty();
    }

    @Test
    void rupiah_are_written_the_indonesian_way() {
        assertThat(Rupiah.format(1_234_567)).isEqualTo("Rp1.234.567");
        assertThat(Rupiah.format(0)).isEqualTo("Rp0");
        assertThat(Rupiah.format(-16_800)).isEqualTo("-Rp16.800");
    }

    private static BilledWorker worker(long id, LocalDate enrolledOn, boolean jht) {
        return new BilledWorker(id, "351501040180" + "%04d".formatted(id), "3515••••••••%04d".formatted(id), "Pekerja " + id,
                "35.15.01.2001", "Desa", 1_000_000, jht, 7L, enrolledOn);
    }

    private static MouPayment pay(long workerId, long amount) {
        return new MouPayment(workerId, MONTH, amount, LocalDate.of(2026, 6, 2));
    }
}
