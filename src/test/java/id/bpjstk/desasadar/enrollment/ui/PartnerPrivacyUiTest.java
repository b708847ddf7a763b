package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.partner.MouView;
import id.bpjstk.desasadar.partner.PartnerService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The worker screens as the demo Surabaya partner sees them: no birth date, masked numbers, a NIK look-up. */
@IntegrationTest
class PartnerPrivacyUiTest {

    static final String VILLAGE = "35.78.01.1001";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    /** Serials of their own, apart from those of the other worker tests sharing the database. */
    static final AtomicInteger SERIAL = new AtomicInteger(9500);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired WorkerService workers;
    @Autowired PartnerService partners;

    String funded;
    long fundedId;
    String selfPaid;

    @BeforeEach
    void aFundedAndASelfPaidWorkerInSurabaya() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "privacyui-coordinator", Role.COORDINATOR, "35.78");
        MouView mou = partners.mousCovering(VILLAGE, TODAY).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow();
        funded = nik(17, 8, 85);
        fundedId = workers.enroll(draft(funded, "Sri Dibiayai Pemkot", Funding.APBD, mou.id())).id();
        selfPaid = nik(18, 8, 85);
        workers.enroll(draft(selfPaid, "Budi Bayar Sendiri", Funding.SELF, null));
        KaribuUi.signIn(users, "pemkot.surabaya", Role.PARTNER, "35.78");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_partner_sees_a_workers_birth_year_and_masked_numbers_on_the_page() {
        UI.getCurrent().navigate("peserta/" + fundedId);

        String page = _get(WorkerDetailView.class).getElement().getTextRecursively();
        assertThat(page).contains("Sri Dibiayai Pemkot", "Tahun lahir", "1985", "••••••••••••••••", "+62••••••••890", "••••••••901")
                .doesNotContain("Tanggal lahir").doesNotContain(funded).doesNotContain("81234567890").doesNotContainPattern("\\d{6}901");
    }

    @Test
    void the_nik_look_up_opens_a_funded_worker_and_says_not_found_alike_for_others_and_unknown_niks() {
        UI.getCurrent().navigate("peserta");
        WorkersView view = _get(WorkersView.class);

        view.nikLookup().setValue(selfPaid);
        _click(_get(view, Button.class, spec -> spec.withClasses("nik-lookup-find")));
        String notFunded = view.nikLookupResult().getText();
        view.nikLookup().setValue(nik(19, 8, 85));
        _click(_get(view, Button.class, spec -> spec.withClasses("nik-lookup-find")));
        assertThat(view.nikLookupResult().getText()).isEqualTo(notFunded).isEqualTo("Peserta dengan NIK ini tidak ditemukan.");

        view.nikLookup().setValue("3578 0117");
        _click(_get(view, Button.class, spec -> spec.withClasses("nik-lookup-find")));
        assertThat(view.nikLookup().isInvalid()).isTrue();
        assertThat(view.nikLookup().getErrorMessage()).isEqualTo("NIK harus 16 digit; yang diisi 8 digit.");

        view.nikLookup().setValue(funded);
        _click(_get(view, Button.class, spec -> spec.withClasses("nik-lookup-find")));
        assertThat(KaribuUi.currentPath()).isEqualTo("peserta/" + fundedId);
    }

    private static WorkerDraft draft(String nik, String name, Funding funding, Long mouId) {
        return new WorkerDraft(nik, name, null, null, "0812-3456-7890", Occupation.PETANI, VILLAGE, null, null, false, 1_000_000, funding,
                mouId, TODAY, null, null, funding == Funding.SELF ? null : "12345%03d901".formatted(SERIAL.get() % 1000));
    }

    private static String nik(int day, int month, int yy) {
        return "%s%02d%02d%02d%04d".formatted("357801", day, month, yy, SERIAL.incrementAndGet());
    }
}
