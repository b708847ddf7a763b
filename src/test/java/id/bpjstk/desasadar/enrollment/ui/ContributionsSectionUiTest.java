package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.ContributionService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A coordinator records this month's payment on a worker's page, is told a second one is refused; a reader only reads. */
@IntegrationTest
class ContributionsSectionUiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    /** Serials of NIKs born on 15 June 1990, a birth date no other test uses. */
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired WorkerService workers;
    @Autowired ContributionService contributions;

    long workerId;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "contributionui-coordinator", Role.COORDINATOR, "16.07");
        workerId = workers.enroll(new WorkerDraft("160705150690%04d".formatted(SERIAL.incrementAndGet()), "Rahmat Hidayat", null, null,
                null, Occupation.NELAYAN, "16.07.05.2002", null, null, false, 1_000_000, Funding.SELF, null, TODAY, null, null,
                null)).id();
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_coordinator_records_a_payment_and_sees_it_listed_and_a_second_one_for_the_month_refused() {
        UI.getCurrent().add(new ContributionsSection(contributions, workerId, Clock.system(ZoneId.of("Asia/Jakarta"))));
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isZero();

        _get(DatePicker.class, spec -> spec.withLabel("Bulan")).setValue(TODAY);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Jumlah (Rp)")).getPlaceholder()).isEqualTo("Rp16.800");
        _click(_get(Button.class, spec -> spec.withText("Catat pembayaran")));

        assertThat(GridKt._getFormattedRow(grid, 0)).contains(YearMonth.from(TODAY).toString(), "Rp16.800", "Peserta sendiri");
        _get(DatePicker.class, spec -> spec.withLabel("Bulan")).setValue(TODAY);
        _click(_get(Button.class, spec -> spec.withText("Catat pembayaran")));
        NotificationsKt.expectNotifications("Iuran " + YearMonth.from(TODAY) + " tercatat.",
                "Iuran bulan " + YearMonth.from(TODAY) + " sudah tercatat untuk peserta ini.");
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void an_amount_of_nothing_is_flagged_on_its_field_and_no_payment_is_recorded() {
        UI.getCurrent().add(new ContributionsSection(contributions, workerId, Clock.system(ZoneId.of("Asia/Jakarta"))));
        _get(DatePicker.class, spec -> spec.withLabel("Bulan")).setValue(TODAY);
        IntegerField amount = _get(IntegerField.class, spec -> spec.withLabel("Jumlah (Rp)"));
        amount.setValue(0);

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Jumlah iuran harus lebih dari nol.");
        _click(_get(Button.class, spec -> spec.withText("Catat pembayaran")));
        assertThat(GridKt._size(_get(Grid.class))).isZero();
        assertThat(contributions.ofWorker(workerId)).isEmpty();
    }

    @Test
    void today_is_the_users_day_in_wib_not_the_servers() {
        // 18:30 UTC on 30 November is 01:30 WIB on 1 December: a payment made this morning in Indonesia is today's
        Clock wib = Clock.fixed(Instant.parse("2026-11-30T18:30:00Z"), ZoneId.of("Asia/Jakarta"));
        UI.getCurrent().add(new ContributionsSection(contributions, workerId, wib));

        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Tanggal bayar")).getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Bulan")).getMax()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_regional_head_sees_the_months_without_the_form() {
        KaribuUi.signIn(users, "contributionui-reader", Role.REGIONAL_HEAD, "16");
        UI.getCurrent().add(new ContributionsSection(contributions, workerId, Clock.system(ZoneId.of("Asia/Jakarta"))));
        _assertNone(Button.class, spec -> spec.withText("Catat pembayaran"));
    }
}
