package id.bpjstk.desasadar.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.outreach.EventView;
import id.bpjstk.desasadar.outreach.EventStatus;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Plan a socialization from the village page, then log it as held on the event page. */
@IntegrationTest
class EventUiTest {

    static final String VILLAGE = "16.07.05.2003";

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired EventQueries eventQueries;
    @Autowired EventService events;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "eventui-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_socialization_planned_from_the_village_page_is_then_logged_as_held() {
        UI.getCurrent().navigate("desa/" + VILLAGE);
        _click(_get(Button.class, spec -> spec.withText("Rencanakan sosialisasi")));
        EventFormDialog form = _get(EventFormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Judul kegiatan")).setValue("Sosialisasi nelayan");
        LocalDateTime yesterday = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1).withNano(0);
        _get(form, DateTimePicker.class, spec -> spec.withLabel("Mulai")).setValue(yesterday);
        _get(form, DateTimePicker.class, spec -> spec.withLabel("Selesai")).setValue(yesterday.plusHours(2));
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        EventDetailView page = _get(EventDetailView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Sosialisasi nelayan", "Direncanakan");
        _get(IntegerField.class, spec -> spec.withLabel("Jumlah peserta hadir")).setValue(42);
        _click(_get(Button.class, spec -> spec.withText("Simpan: kegiatan terlaksana")));

        assertThat(_get(EventDetailView.class).getElement().getTextRecursively()).contains("Terlaksana", "42");
        assertThat(eventQueries.ofVillage(VILLAGE, 100)).anySatisfy(e -> {
            assertThat(e.status()).isEqualTo(EventStatus.HELD);
            assertThat(e.officer()).isEqualTo("eventui-coordinator");
        });
    }

    @Test
    void a_village_with_a_long_history_shows_its_last_held_its_next_planned_and_its_ten_latest_events() {
        // the page reads these three from the database, not the village's whole history (a load test found a village
        // with thousands of events taking seconds to open)
        String village = "16.07.05.2004";
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).withNano(0);
        EventView longAgo = events.plan(new EventDraft("Sosialisasi lama", EventType.SOSIALISASI_DESA, now.minusYears(1),
                now.minusYears(1).plusHours(2), village, null, "eventui-coordinator", "petani", 30, null));
        events.markHeld(longAgo.id(), 25, null, null, longAgo.version());
        for (int day = 1; day <= 12; day++) {
            events.plan(new EventDraft("Sosialisasi hari " + day, EventType.SOSIALISASI_DESA, now.plusDays(day),
                    now.plusDays(day).plusHours(2), village, null, "eventui-coordinator", "petani", 30, null));
        }

        UI.getCurrent().navigate("desa/" + village);

        String text = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("village-events")).getElement().getTextRecursively();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("event-link"))).hasSize(10);
        assertThat(text).contains(EventFormat.when(UI.getCurrent(), eventQueries.find(longAgo.id()).orElseThrow()));
        assertThat(text).contains("Sosialisasi hari 12").doesNotContain("Sosialisasi lama ·");
        EventView soonest = eventQueries.ofVillage(village, 100).stream().filter(e -> e.title().equals("Sosialisasi hari 1")).findFirst().orElseThrow();
        assertThat(text).contains(EventFormat.when(UI.getCurrent(), soonest));
    }

    @Test
    void an_end_before_the_start_is_flagged_on_its_field_and_nothing_is_planned_until_it_is_corrected() {
        int planned = eventQueries.ofVillage(VILLAGE, 100).size();
        UI.getCurrent().navigate("desa/" + VILLAGE);
        _click(_get(Button.class, spec -> spec.withText("Rencanakan sosialisasi")));
        EventFormDialog form = _get(EventFormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Judul kegiatan")).setValue("Sosialisasi terbalik");
        LocalDateTime start = _get(form, DateTimePicker.class, spec -> spec.withLabel("Mulai")).getValue();
        DateTimePicker end = _get(form, DateTimePicker.class, spec -> spec.withLabel("Selesai"));
        end.setValue(start.minusHours(1));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Waktu selesai harus setelah waktu mulai.");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(eventQueries.ofVillage(VILLAGE, 100)).hasSize(planned);

        end.setValue(start.plusHours(1));
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(_get(EventDetailView.class).getElement().getTextRecursively()).contains("Sosialisasi terbalik");
        assertThat(eventQueries.ofVillage(VILLAGE, 100)).hasSize(planned + 1);
    }
}
