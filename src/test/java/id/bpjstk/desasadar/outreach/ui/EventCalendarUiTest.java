package id.bpjstk.desasadar.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The month and week calendar: events on their day, navigation, "+n more" and the filters. */
@IntegrationTest
class EventCalendarUiTest {

    static final String VILLAGE = "16.07.05.2003";
    /** A Wednesday in a month of its own, so that other tests' events stay out of sight. */
    static final LocalDate DAY = LocalDate.of(2031, 7, 16);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired EventService events;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "calendar-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_month_shows_each_event_on_its_day_and_links_to_its_page() {
        EventView event = plan("Sosialisasi petani karet", DAY.atTime(9, 0));

        openMonthOf(DAY);

        assertThat(_get(Span.class, spec -> spec.withClasses("calendar-period")).getText()).isEqualTo("Juli 2031");
        Div day = dayCell("16");
        assertThat(day.getElement().getTextRecursively()).contains("09.00", "Sosialisasi petani karet");
        RouterLink chip = _get(day, RouterLink.class);
        assertThat(chip.getHref()).isEqualTo("kegiatan/" + event.id());
        // the month grid starts on Monday 30 June and ends on Sunday 3 August
        assertThat(_find(Div.class, spec -> spec.withClasses("calendar-day"))).hasSize(35);
    }

    @Test
    void a_busy_day_lists_three_events_and_opens_its_week_for_the_rest() {
        LocalDate busy = DAY.plusDays(1);
        for (int hour = 8; hour < 13; hour++) {
            plan("Jemput bola " + hour, busy.atTime(hour, 0));
        }
        openMonthOf(DAY);

        Div day = dayCell("17");
        assertThat(_find(day, RouterLink.class)).hasSize(EventCalendarView.CHIPS_PER_DAY);
        _click(_get(day, Button.class, spec -> spec.withText("+2 lainnya")));

        assertThat(_get(Span.class, spec -> spec.withClasses("calendar-period")).getText()).isEqualTo("14 Jul – 20 Jul 2031");
        assertThat(_find(dayCell("Kam 17"), RouterLink.class)).hasSize(5);
        assertThat(_find(Div.class, spec -> spec.withClasses("calendar-day"))).hasSize(7);
    }

    @Test
    void the_arrows_move_by_month_and_the_officer_filter_narrows_the_calendar() {
        plan("Pelatihan agen Juli", DAY.plusDays(5).atTime(14, 0));
        openMonthOf(DAY.minusMonths(1));
        assertThat(texts()).doesNotContain("Pelatihan agen Juli");

        _click(_get(Button.class, spec -> spec.withClasses("calendar-next")));
        assertThat(texts()).contains("Pelatihan agen Juli");

        @SuppressWarnings("unchecked")
        ComboBox<String> officer = _get(ComboBox.class, spec -> spec.withLabel("Petugas penanggung jawab"));
        officer.setValue("event-coordinator");
        assertThat(texts()).doesNotContain("Pelatihan agen Juli");
    }

    private EventView plan(String title, LocalDateTime start) {
        return events.plan(new EventDraft(title, EventType.SOSIALISASI_DESA, start, start.plusHours(1), VILLAGE, null,
                "calendar-coordinator", null, 30));
    }

    private static void openMonthOf(LocalDate date) {
        UI.getCurrent().navigate("kegiatan/kalender", QueryParameters.of("tanggal", date.toString()));
    }

    private static Div dayCell(String dateText) {
        List<Div> days = _find(Div.class, spec -> spec.withClasses("calendar-day"));
        return days.stream().filter(d -> _get(d, Div.class, spec -> spec.withClasses("calendar-date")).getText().equals(dateText))
                .filter(d -> !d.getClassNames().contains("calendar-other-month")).findFirst().orElseThrow();
    }

    private static String texts() {
        return _get(EventCalendarView.class).getElement().getTextRecursively();
    }
}
