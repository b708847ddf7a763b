package id.bpjstk.desasadar.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.bpjstk.desasadar.BrowserHarness;
import id.bpjstk.desasadar.BrowserSession;
import id.bpjstk.desasadar.BrowserTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Payer;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import id.bpjstk.desasadar.partner.Rupiah;
import id.bpjstk.desasadar.partner.SubsidyBill;
import id.bpjstk.desasadar.partner.SubsidyBillService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium: the demo Surabaya partner signs in, lands on its home, downloads this month's bill of the demo MoU
 * as PDF and as XLSX, both carrying the bill's total, and the downloads are on the audit trail.
 */
@BrowserTest
class PartnerHomeBrowserTest {

    @RegisterExtension final BrowserHarness browser = new BrowserHarness();

    static final String SURABAYA_VILLAGE = "35.78.01.1001";
    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Jakarta"));

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired PartnerService partners;
    @Autowired WorkerService workers;
    @Autowired ContributionService contributions;
    @Autowired SubsidyBillService bills;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_surabaya_partner_lands_on_its_home_and_downloads_this_months_bill_as_pdf_and_xlsx() throws Exception {
        MouView demo = twoWorkersOnTheDemoMou();
        SignIn.as(users, "pemkot.surabaya", Role.PARTNER, "35.78");
        SubsidyBill bill = bills.bill(demo.id(), THIS_MONTH);
        SignIn.out();
        assertThat(bill.covered()).isGreaterThanOrEqualTo(2);

        Page page = browser.page();
        page.setViewportSize(1280, 900);
        page.navigate("http://localhost:" + port + "/");
        page.waitForURL("**/login");
        BrowserSession.signInHere(page, "pemkot.surabaya", "demo1234");
        page.waitForURL(url -> url.contains("/mitra-saya"));
        page.waitForSelector("a.bill-pdf");
        BrowserSession.waitForServer(page);
        assertThat(page.locator(".partner-bill-summary").textContent()).contains(Rupiah.format(bill.totalDue()));
        Files.createDirectories(Path.of("target"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/partner-browser-test.png")).setFullPage(true));

        Download pdf = page.waitForDownload(() -> page.click("a.bill-pdf"));
        var reader = new PdfReader(Files.readAllBytes(pdf.path()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(demo.number()).contains(Rupiah.format(bill.totalDue())).contains(THIS_MONTH.toString());
        Download xlsx = page.waitForDownload(() -> page.click("a.bill-xlsx"));
        assertThat(dueColumnSum(xlsx.path())).isEqualTo(bill.totalDue());

        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE username = 'pemkot.surabaya' ORDER BY id", String.class))
                .contains("bill.download.pdf", "bill.download.xlsx");

        page.setViewportSize(390, 844);
        BrowserSession.waitForServer(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/partner-browser-test-phone.png")).setFullPage(true));
    }

    private MouView twoWorkersOnTheDemoMou() {
        SignIn.as(users, "partner-browser-coordinator", Role.COORDINATOR, "35");
        MouView demo = partners.mousCovering(SURABAYA_VILLAGE, LocalDate.now(ZoneId.of("Asia/Jakarta"))).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow();
        long first = enrol(demo, 1, false);
        enrol(demo, 2, true);
        contributions.record(first, THIS_MONTH, null, null, LocalDate.now(ZoneId.of("Asia/Jakarta")), Payer.MOU, demo.id());
        SignIn.out();
        return demo;
    }

    private long enrol(MouView mou, int n, boolean jht) {
        String nik = "357801%02d%02d%02d%04d".formatted(4, 1, 80, 9_100 + n);
        return workers.enroll(new WorkerDraft(nik, "Pekerja Surabaya " + n, null, null, null, Occupation.PEDAGANG_PASAR, SURABAYA_VILLAGE,
                null, null, jht, 1_000_000, Funding.APBD, mou.id(), mou.startsOn(), null, null, null)).id();
    }

    /** The sum of the "due" column (M) of the first sheet, header row left out. */
    private static long dueColumnSum(Path xlsx) throws Exception {
        try (var zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            var m = Pattern.compile("<c r=\"M(\\d+)\"[^>]*><v>(-?\\d+)</v>").matcher(sheet);
            List<Long> values = new ArrayList<>();
            while (m.find()) {
                if (!m.group(1).equals("1")) {
                    values.add(Long.parseLong(m.group(2)));
                }
            }
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }
}
