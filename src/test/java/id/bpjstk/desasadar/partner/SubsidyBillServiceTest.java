package id.bpjstk.desasadar.partner;

import static id.bpjstk.desasadar.partner.PartnerServiceTest.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.TariffService;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The monthly subsidy bill of a MoU and a partner's check of its own list, on real workers, payments and tariffs. */
@IntegrationTest
class SubsidyBillServiceTest {

    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Jakarta"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final YearMonth START = THIS_MONTH.minusMonths(4);
    /** The month billed in most cases: closed, so its bill is frozen at its first reading. */
    static final YearMonth BILLED = THIS_MONTH.minusMonths(2);
    private static final AtomicInteger SERIAL = new AtomicInteger(7_000);

    @Autowired SubsidyBillService bills;
    @Autowired PartnerService partners;
    @Autowired WorkerService workers;
    @Autowired ContributionService contributions;
    @Autowired TariffService tariffs;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    MouView sidoarjo;
    MouView gresik;
    String sidoarjoVillage;
    String gresikVillage;

    @BeforeEach
    void partnersAndMous() {
        SignIn.as(users, "bill-admin", Role.ADMIN, AreaScope.NATIONAL);
        sidoarjo = mou("35.15", "Pemkab Sidoarjo");
        gresik = mou("35.25", "Pemkab Gresik");
        sidoarjoVillage = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE code LIKE '35.15.%' AND LENGTH(code) = 13", String.class);
        gresikVillage = jdbc.queryForObject("SELECT MIN(code) FROM area WHERE code LIKE '35.25.%' AND LENGTH(code) = 13", String.class);
        SignIn.as(users, "bill-coordinator", Role.COORDINATOR, "35");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_bill_lists_the_covered_workers_at_the_tariff_of_their_band_and_reconciles_the_mou_payments() {
        long paid = enrol(sidoarjo, sidoarjoVillage, false, START.plusMonths(1).atDay(3));
        long unpaid = enrol(sidoarjo, sidoarjoVillage, true, START.plusMonths(1).atDay(20));
        long later = enrol(sidoarjo, sidoarjoVillage, false, BILLED.plusMonths(1).atDay(1));
        long othersWorker = enrol(gresik, gresikVillage, false, START.atDay(1));
        contributions.record(paid, BILLED, null, null, TODAY, Payer.MOU, sidoarjo.id());
        // a payment the partner made for someone its MoU does not fund (recorded as an import writes it)
        jdbc.update("""
                INSERT INTO contribution (worker_id, month, amount, computed_amount, paid_on, payer, payer_mou_id, created_at, created_by)
                VALUES (?, ?, 16800, 16800, ?, 'MOU', ?, NOW(), 'test')""", othersWorker, BILLED.atDay(1), TODAY, sidoarjo.id());
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo");

        SubsidyBill bill = bills.bill(sidoarjo.id(), BILLED);

        long withoutJht = tariffs.contribution(BILLED, 1_000_000, false).total();
        long withJht = tariffs.contribution(BILLED, 1_000_000, true).total();
        assertThat(withJht).isGreaterThan(withoutJht);
        assertThat(bill.lines()).extracting(BillLine::workerId, BillLine::due, BillLine::paid, BillLine::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(paid, withoutJht, withoutJht, BillStatus.PAID),
                org.assertj.core.groups.Tuple.tuple(unpaid, withJht, 0L, BillStatus.UNPAID),
                org.assertj.core.groups.Tuple.tuple(othersWorker, 0L, 16_800L, BillStatus.NOT_COVERED));
        assertThat(bill.lines()).extracting(BillLine::workerId).doesNotContain(later);
        assertThat(bill.covered()).isEqualTo(2);
        assertThat(bill.due()).isEqualTo(withoutJht + withJht);
        assertThat(bill.paid()).isEqualTo(withoutJht + 16_800);
        assertThat(bill.paidNotCovered()).isEqualTo(16_800);
        assertThat(bill.balance()).isEqualTo(withJht - 16_800);
        assertThat(bill.frozen()).isTrue();
        String fullNik = jdbc.queryForObject("SELECT nik FROM worker WHERE id = ?", String.class, paid);
        assertThat(bill.lines()).allSatisfy(l -> assertThat(l.maskedNik()).isNotEqualTo(fullNik).doesNotContain(fullNik.substring(6, 12)));
    }

    @Test
    void a_closed_month_keeps_its_bill_and_a_late_payment_appears_as_an_adjustment_on_the_next_bill() {
        long late = enrol(sidoarjo, sidoarjoVillage, false, START.atDay(1));
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo-late");
        SubsidyBill issued = bills.bill(sidoarjo.id(), BILLED);
        assertThat(issued.count(BillStatus.UNPAID)).isEqualTo(1);

        SignIn.as(users, "bill-coordinator", Role.COORDINATOR, "35");
        contributions.record(late, BILLED, null, null, TODAY, Payer.MOU, sidoarjo.id());
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo-late");

        SubsidyBill again = bills.bill(sidoarjo.id(), BILLED);
        assertThat(again).isEqualTo(issued);
        SubsidyBill next = bills.bill(sidoarjo.id(), BILLED.plusMonths(1));
        long due = tariffs.contribution(BILLED, 1_000_000, false).total();
        assertThat(next.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.forMonth()).isEqualTo(BILLED);
            assertThat(a.workerId()).isEqualTo(late);
            assertThat(a.due()).isZero();
            assertThat(a.paid()).isEqualTo(due);
            assertThat(a.status()).isEqualTo(BillStatus.PAID);
        });
        assertThat(next.totalPaid()).isEqualTo(next.paid() + due);
        // carried once: the bill after that no longer repeats it
        assertThat(bills.bill(sidoarjo.id(), THIS_MONTH).adjustments()).isEmpty();
        assertThat(bills.bill(sidoarjo.id(), THIS_MONTH).frozen()).isFalse();
    }

    @Test
    void a_bill_for_a_month_outside_the_mou_period_or_not_yet_begun_is_refused() {
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo-period");

        assertViolation(() -> bills.bill(sidoarjo.id(), START.minusMonths(1)), "bill.error.outside-period");
        assertViolation(() -> bills.bill(sidoarjo.id(), THIS_MONTH.plusMonths(7)), "bill.error.outside-period");
        assertViolation(() -> bills.bill(sidoarjo.id(), THIS_MONTH.plusMonths(1)), "bill.error.future-month");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_bill WHERE mou_id = ?", Long.class, sidoarjo.id())).isZero();
        assertThat(bills.billableMonths(sidoarjo.id())).first().isEqualTo(THIS_MONTH);
        assertThat(bills.billableMonths(sidoarjo.id())).last().isEqualTo(START);
    }

    @Test
    void another_partners_mou_is_refused_as_unknown() {
        signInAsPartnerOf(gresik, "bill-gresik");

        assertViolation(() -> bills.bill(sidoarjo.id(), BILLED), "bill.error.mou-unknown");
        assertViolation(() -> bills.writePdf(sidoarjo.id(), BILLED, new ByteArrayOutputStream(), k -> k), "bill.error.mou-unknown");
        assertViolation(() -> bills.billableMonths(sidoarjo.id()), "bill.error.mou-unknown");
    }

    @Test
    void the_pdf_and_the_xlsx_carry_the_totals_and_each_download_is_audited() throws IOException {
        long one = enrol(sidoarjo, sidoarjoVillage, false, START.atDay(1));
        enrol(sidoarjo, sidoarjoVillage, true, START.atDay(1));
        contributions.record(one, BILLED, null, null, TODAY, Payer.MOU, sidoarjo.id());
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo-download");
        SubsidyBill bill = bills.bill(sidoarjo.id(), BILLED);

        var pdf = new ByteArrayOutputStream();
        bills.writePdf(sidoarjo.id(), BILLED, pdf, k -> k);
        String text = pdfText(pdf.toByteArray());
        assertThat(text).contains(sidoarjo.number()).contains(Rupiah.format(bill.totalDue())).contains(Rupiah.format(bill.balance()))
                .contains(sidoarjo.startsOn().toString());
        assertThat(Rupiah.format(bill.totalDue())).matches("Rp\\d{1,3}(\\.\\d{3})*");

        var xlsx = new ByteArrayOutputStream();
        bills.writeXlsx(sidoarjo.id(), BILLED, xlsx, k -> k);
        List<Long> due = column(xlsx.toByteArray(), "M");
        assertThat(due).hasSize(bill.lines().size() + bill.adjustments().size());
        assertThat(due.stream().mapToLong(Long::longValue).sum()).isEqualTo(bill.totalDue());

        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE username = ? ORDER BY id", String.class, "bill-sidoarjo-download"))
                .containsSubsequence("bill.download.pdf", "bill.download.xlsx");
    }

    @Test
    void a_partners_list_is_answered_for_its_own_mous_only() throws IOException {
        long mine = enrol(sidoarjo, sidoarjoVillage, false, START.atDay(1));
        long mineLater = enrol(sidoarjo, sidoarjoVillage, false, THIS_MONTH.atDay(1));
        long others = enrol(gresik, gresikVillage, false, START.atDay(1));
        String unknown = "3515010101" + "80" + "9999";
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo-list");
        Path file = csv("nik\n" + nikOf(mine) + "\n" + nikOf(mineLater) + "\n" + nikOf(others) + "\n" + unknown + "\n12345\n");

        ListCheck check = bills.checkList(file, BILLED);

        assertThat(check.rows()).extracting(ListCheck.Row::nik, ListCheck.Row::result, ListCheck.Row::mouNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple(nikOf(mine), ListCheck.Result.MATCHED, sidoarjo.number()),
                org.assertj.core.groups.Tuple.tuple(nikOf(mineLater), ListCheck.Result.NOT_COVERED, sidoarjo.number()),
                org.assertj.core.groups.Tuple.tuple(nikOf(others), ListCheck.Result.NOT_FOUND, null),
                org.assertj.core.groups.Tuple.tuple(unknown, ListCheck.Result.NOT_FOUND, null));
        assertThat(check.rejected()).isEqualTo(1);
        assertThat(id.bpjstk.desasadar.base.importing.RenderedReports.text(check.report(), v -> v.messageKey())).contains("12345");
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE username = ?", String.class, "bill-sidoarjo-list"))
                .contains("partner.list-check");
    }

    @Test
    void a_list_with_the_wrong_columns_another_encoding_or_over_the_size_limit_is_refused() throws IOException {
        signInAsPartnerOf(sidoarjo, "bill-sidoarjo-refused");

        Path wrongColumns = csv("nomor\n3515010101800001\n");
        assertViolation(() -> bills.checkList(wrongColumns, BILLED), "csv.error.header");
        Path latin1 = Files.createTempFile("list-", ".csv");
        Files.write(latin1, "nik;nama\n3515010101800001;Andr\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertViolation(() -> bills.checkList(latin1, BILLED), "csv.error.not-utf8");
        Path big = Files.createTempFile("list-", ".csv");
        Files.write(big, ("nik\n" + "3515010101800001\n".repeat((int) (SubsidyBillService.LIST_MAX_BYTES / 17) + 1)).getBytes(StandardCharsets.UTF_8));
        assertViolation(() -> bills.checkList(big, BILLED), "csv.error.too-large");

        SignIn.as(users, "bill-coordinator", Role.COORDINATOR, "35");
        Path fine = csv("nik\n3515010101800001\n");
        assertThatThrownBy(() -> bills.checkList(fine, BILLED))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- helpers

    private MouView mou(String regency, String name) {
        PartnerView partner = partners.savePartner(null, new PartnerDraft(PartnerKind.MUNICIPALITY, name + " " + System.nanoTime(),
                regency, null, null, null), PartnerView.NEW);
        return partners.saveMou(partner.id(), null, new MouDraft("BILL/" + System.nanoTime(), "Subsidi " + name, START.atDay(1),
                THIS_MONTH.plusMonths(6).atEndOfMonth(), 100, null, List.of(regency)), MouView.NEW);
    }

    private long enrol(MouView mou, String village, boolean jht, LocalDate on) {
        String district = village.substring(0, 8).replace(".", "");
        String nik = "%s%02d%02d%02d%04d".formatted(district, 4, 1, 80, SERIAL.incrementAndGet());
        return workers.enroll(new WorkerDraft(nik, "Pekerja " + SERIAL.get(), null, null, null, Occupation.PETANI, village, null,
                null, jht, 1_000_000, Funding.APBD, mou.id(), on, null, null, null)).id();
    }

    private String nikOf(long workerId) {
        return jdbc.queryForObject("SELECT nik FROM worker WHERE id = ?", String.class, workerId);
    }

    private void signInAsPartnerOf(MouView mou, String username) {
        SignIn.as(users, username, Role.PARTNER, mou.areaCodes().getFirst());
        users.assignPartner(username, mou.partnerId());
        SignIn.as(users, username, Role.PARTNER, mou.areaCodes().getFirst());
    }

    private static Path csv(String content) throws IOException {
        Path file = Files.createTempFile("list-", ".csv");
        Files.writeString(file, content);
        return file;
    }

    static String pdfText(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        var extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    /** The numbers of one column of the first sheet, header row left out. */
    static List<Long> column(byte[] xlsx, String letter) throws IOException {
        Path file = Files.createTempFile("bill-", ".xlsx");
        Files.write(file, xlsx);
        try (var zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            var m = Pattern.compile("<c r=\"" + letter + "(\\d+)\"[^>]*><v>(-?\\d+)</v>").matcher(sheet);
            var values = new java.util.ArrayList<Long>();
            while (m.find()) {
                if (!m.group(1).equals("1")) {
                    values.add(Long.parseLong(m.group(2)));
                }
            }
            return values;
        } finally {
            Files.delete(file);
        }
    }
}
