package id.bpjstk.desasadar.planning.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Kalender saya": the secret feed URL shown once and replaced after confirmation, and the day sheet. */
@IntegrationTest
class MyCalendarUiTest {

    /** A day of its own, so that other tests' events stay out of the sheet. */
    static final LocalDate DAY = LocalDate.of(2031, 9, 17);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired EventService events;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_feed_url_is_shown_once_when_made_and_replaced_only_after_confirmation() {
        KaribuUi.signIn(users, "mycal-officer", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("kalender-saya");
        var view = _get(MyCalendarView.class);
        assertThat(text()).contains("Anda belum punya URL langganan kalender.");

        _click(_get(Button.class, spec -> spec.withText("Buat URL")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String first = view.url.getValue();
        assertThat(first).matches(".*/kalender/[A-Za-z0-9_-]{43}\\.ics");

        UI.getCurrent().navigate("about");
        UI.getCurrent().navigate("kalender-saya");
        var reopened = _get(MyCalendarView.class);
        assertThat(reopened.url.getValue()).isEmpty();
        assertThat(text()).contains("URL langganan aktif sejak");

        _click(_get(Button.class, spec -> spec.withText("Buat URL baru")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(reopened.url.getValue()).isNotEqualTo(first).endsWith(".ics");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("ics-download"))).hasSize(1);
    }

    @Test
    void the_day_sheet_is_made_for_a_day_with_visits_and_a_day_without_is_refused_with_a_message() {
        KaribuUi.signIn(users, "mycal-sheet", Role.COORDINATOR, "16.07");
        events.plan(new EventDraft("Sosialisasi nelayan", EventType.SOSIALISASI_DESA, DAY.atTime(9, 0), DAY.atTime(11, 0),
                "16.07.05.2002", null, "mycal-sheet", null, 30));
        UI.getCurrent().navigate("kegiatan/kalender", QueryParameters.simple(Map.of("tanggal", DAY.toString())));
        _click(_get(Button.class, spec -> spec.withClasses("calendar-day-sheet")));
        var view = _get(MyCalendarView.class);

        assertThat(view.day.getValue()).isEqualTo(DAY);
        assertThat(view.officer.getValue()).isEqualTo("mycal-sheet");
        _click(view.makeSheet);
        assertThat(view.sheetLink.isVisible()).isTrue();
        assertThat(view.sheetLink.getText()).isEqualTo("Unduh PDF (1 kunjungan)");

        view.day.setValue(DAY.plusDays(1));
        assertThat(view.sheetLink.isVisible()).isFalse();
        _click(view.makeSheet);
        assertThat(view.sheetLink.isVisible()).isFalse();
        NotificationsKt.expectNotifications("mycal-sheet tidak punya kunjungan pada 18 September 2031.");
    }

    @Test
    void a_partner_is_told_there_is_no_calendar() {
        KaribuUi.signIn(users, "mycal-partner", Role.PARTNER, "16.07");
        UI.getCurrent().navigate("kalender-saya");
        assertThat(text()).contains("Mitra tidak memiliki kalender kegiatan.");
        assertThat(_find(Button.class, spec -> spec.withText("Buat URL"))).isEmpty();
    }

    private static String text() {
        return String.join("\n", _find(Paragraph.class).stream().map(Paragraph::getText).toList());
    }
}
