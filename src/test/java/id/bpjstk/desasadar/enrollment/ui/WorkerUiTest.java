package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.WorkerQueries;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.Sex;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerView;
import id.bpjstk.desasadar.outreach.EventDraft;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventType;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The worker screens as a coordinator of Banyuasin uses them, and what a coordinator elsewhere is not shown. */
@IntegrationTest
class WorkerUiTest {

    /** Lubuk Karet, Banyuasin: no other test enrols here, so its figures are this test's own. */
    static final String VILLAGE = "16.07.05.2005";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    /** Serials of their own, apart from those of the other worker tests sharing the database. */
    static final AtomicInteger SERIAL = new AtomicInteger(7000);

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired EventService events;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        signInBanyuasin();
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_grid_shows_the_workers_of_the_area_and_narrows_them_by_occupation_and_event() {
        WorkerView fisher = enrol("Nelayan Lubuk Karet", Occupation.NELAYAN, null);
        WorkerView farmer = enrol("Petani Lubuk Karet", Occupation.PETANI, null);
        long eventId = event("Sosialisasi grid");
        WorkerView atEvent = enrol("Pedagang dari kegiatan", Occupation.PEDAGANG_PASAR, eventId);

        UI.getCurrent().navigate("peserta", QueryParameters.of("wilayah", VILLAGE));
        WorkersView view = _get(WorkersView.class);
        assertThat(shown(view)).contains(fisher.id(), farmer.id(), atEvent.id());

        ComboBox<Occupation> occupation = _get(view, ComboBox.class, spec -> spec.withLabel("Pekerjaan"));
        occupation.setValue(Occupation.NELAYAN);
        assertThat(shown(view)).contains(fisher.id()).doesNotContain(farmer.id(), atEvent.id());
        occupation.clear();

        UI.getCurrent().navigate("peserta", QueryParameters.of("kegiatan", String.valueOf(eventId)));
        view = _get(WorkersView.class);
        assertThat(shown(view)).containsExactly(atEvent.id());
        assertThat(_get(view, Span.class, spec -> spec.withClasses("event-chip")).getElement().getTextRecursively())
                .contains("Kegiatan: Sosialisasi grid");
        _click(_get(view, Button.class, spec -> spec.withClasses("remove-event-filter")));
        assertThat(shown(view)).contains(fisher.id(), farmer.id(), atEvent.id());
        assertThat(_find(view, Span.class, spec -> spec.withClasses("event-chip"))).isEmpty();
    }

    @Test
    void the_nik_fills_sex_and_birth_date_and_a_registered_one_links_to_the_record_in_scope() {
        WorkerView existing = enrol("Siti Terdaftar", Occupation.PETANI, null);
        UI.getCurrent().navigate("peserta");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan peserta")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);

        _get(form, TextField.class, spec -> spec.withLabel("NIK")).setValue(nik(52, 3, 85));
        assertThat(_get(form, ComboBox.class, spec -> spec.withLabel("Jenis kelamin")).getValue()).isEqualTo(Sex.FEMALE);
        assertThat(_get(form, DatePicker.class, spec -> spec.withLabel("Tanggal lahir")).getValue()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(_find(form, Anchor.class, spec -> spec.withClasses("existing-worker"))).isEmpty();

        TextField nik = _get(form, TextField.class, spec -> spec.withLabel("NIK"));
        nik.setValue(existing.nik());
        assertThat(nik.isInvalid()).isTrue();
        assertThat(_get(form, Anchor.class, spec -> spec.withClasses("existing-worker")).getHref()).isEqualTo("peserta/" + existing.id());
    }

    @Test
    void a_coordinator_elsewhere_learns_only_that_the_nik_is_registered() {
        WorkerView existing = enrol("Siti Di Banyuasin", Occupation.PETANI, null);
        KaribuUi.signIn(users, "workerui-jatim", Role.COORDINATOR, "35");
        UI.getCurrent().navigate("peserta");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan peserta")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);

        _get(form, TextField.class, spec -> spec.withLabel("NIK")).setValue(existing.nik());

        assertThat(_get(form, Div.class, spec -> spec.withClasses("nik-status")).getElement().getTextRecursively())
                .contains("Sudah terdaftar").doesNotContain("Siti");
        assertThat(_find(form, Anchor.class, spec -> spec.withClasses("existing-worker"))).isEmpty();
    }

    @Test
    void a_refused_enrollment_marks_the_field_at_fault_and_keeps_what_was_typed_then_saves_once_corrected() {
        UI.getCurrent().navigate("peserta");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan peserta")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);
        String nik = nik(14, 8, 77);
        _get(form, TextField.class, spec -> spec.withLabel("NIK")).setValue(nik);
        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Budi Form");
        TextField phone = _get(form, TextField.class, spec -> spec.withLabel("Nomor HP"));
        phone.setValue("12345");
        _get(form, ComboBox.class, spec -> spec.withLabel("Pekerjaan")).setValue(Occupation.OJEK);
        _get(form, AreaPicker.class).setCode(VILLAGE);

        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        assertThat(form.isOpened()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("Nomor HP harus nomor seluler Indonesia");
        assertThat(_get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).getValue()).isEqualTo("Budi Form");
        assertThat(_get(form, AreaPicker.class).getCode()).isEqualTo(VILLAGE);

        phone.setValue("0812-3456-7890");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        assertThat(KaribuUi.currentPath()).startsWith("peserta/");
        assertThat(_get(WorkerDetailView.class).getElement().getTextRecursively()).contains("Budi Form", "Ojek", "+6281234567890");
    }

    @Test
    void a_malformed_nik_is_flagged_as_it_is_typed_and_nothing_is_enrolled() {
        UI.getCurrent().navigate("peserta");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan peserta")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);
        TextField nik = _get(form, TextField.class, spec -> spec.withLabel("NIK"));
        nik.setValue("1607051013809001");
        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Nik Salah Bulan");
        _get(form, ComboBox.class, spec -> spec.withLabel("Pekerjaan")).setValue(Occupation.OJEK);
        _get(form, AreaPicker.class).setCode(VILLAGE);

        assertThat(nik.isInvalid()).isTrue();
        assertThat(nik.getErrorMessage()).isEqualTo("Bulan lahir pada NIK (13) tidak mungkin: harus 01–12.");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(workers.lookup("1607051013809001")).isInstanceOf(WorkerService.NikLookup.NotRegistered.class);
    }

    @Test
    void the_detail_page_is_reached_by_url_and_is_not_found_outside_the_scope() {
        WorkerView worker = enrol("Rahmat Detail", Occupation.PEKEBUN, null);

        UI.getCurrent().navigate("peserta/" + worker.id());
        WorkerDetailView page = _get(WorkerDetailView.class);
        assertThat(_get(page, H2.class).getText()).isEqualTo("Rahmat Detail");
        assertThat(page.getElement().getTextRecursively()).contains(worker.nik(), "Lubuk Karet", "Pekebun", "Non-aktif sejak");
        assertThat(_find(page, ContributionsSection.class)).hasSize(1);
        assertThat(_find(page, Button.class, spec -> spec.withText("Ubah"))).hasSize(1);

        KaribuUi.signIn(users, "workerui-jatim", Role.COORDINATOR, "35");
        UI.getCurrent().navigate("peserta/" + worker.id());
        String outOfScope = _get(WorkerDetailView.class).getElement().getTextRecursively();
        UI.getCurrent().navigate("peserta/999999999");
        assertThat(outOfScope).isEqualTo(_get(WorkerDetailView.class).getElement().getTextRecursively()).contains("Peserta tidak ditemukan");
    }

    @Test
    void an_edit_saved_over_someone_elses_newer_change_is_refused_and_the_form_stays_open() {
        WorkerView worker = enrol("Nama Lama", Occupation.PETANI, null);
        UI.getCurrent().navigate("peserta/" + worker.id());
        _click(_get(Button.class, spec -> spec.withText("Ubah")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);
        workers.update(worker.id(), renamed(worker, "Nama Dari Kantor Lain"), worker.version());

        _get(form, TextField.class, spec -> spec.withLabel("Nama lengkap")).setValue("Nama Dari Form");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        assertThat(form.isOpened()).isTrue();
        assertThat(workerQueries.find(worker.id()).orElseThrow().fullName()).isEqualTo("Nama Dari Kantor Lain");
    }

    @Test
    void the_village_page_shows_the_enrolled_and_active_workers_with_a_link_to_them() {
        enrol("Warga Terhitung", Occupation.LAINNYA, null);
        var figures = workerQueries.villageFigures(VILLAGE);

        UI.getCurrent().navigate("desa/" + VILLAGE);

        assertThat(_get(Div.class, spec -> spec.withClasses("village-workers")).getElement().getTextRecursively())
                .contains("Peserta terdaftar: " + figures.enrolled() + " · aktif: " + figures.active());
        assertThat(_get(Anchor.class, spec -> spec.withClasses("village-workers-link")).getHref()).isEqualTo("peserta?wilayah=" + VILLAGE);
    }

    @Test
    void the_event_page_lists_the_workers_enrolled_through_it() {
        long eventId = event("Sosialisasi pasar");
        enrol("Ani Dari Kegiatan", Occupation.PEDAGANG_PASAR, eventId);
        enrol("Badu Dari Kegiatan", Occupation.PEDAGANG_PASAR, eventId);
        enrol("Cici Tanpa Kegiatan", Occupation.PEDAGANG_PASAR, null);

        UI.getCurrent().navigate("kegiatan/" + eventId);

        String section = _get(Div.class, spec -> spec.withClasses("event-workers")).getElement().getTextRecursively();
        assertThat(section).contains("2 peserta", "Ani Dari Kegiatan", "Badu Dari Kegiatan").doesNotContain("Cici");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("event-workers-link")).getHref()).isEqualTo("peserta?kegiatan=" + eventId);
    }

    private void signInBanyuasin() {
        KaribuUi.signIn(users, "workerui-coordinator", Role.COORDINATOR, "16.07");
    }

    private static java.util.List<Long> shown(WorkersView view) {
        return view.grid().getLazyDataView().getItems().map(WorkerView::id).toList();
    }

    private WorkerView enrol(String name, Occupation occupation, Long eventId) {
        return workers.enroll(new WorkerDraft(nik(10, 10, 80), name, null, null, null, occupation, VILLAGE, null, null, false,
                1_000_000, Funding.SELF, null, TODAY, eventId, null, null));
    }

    private static WorkerDraft renamed(WorkerView w, String name) {
        return new WorkerDraft(w.nik(), name, null, null, w.phone(), w.occupation(), w.villageCode(), w.villageRole(), w.siteId(),
                w.jht(), w.incomeBand(), w.funding(), w.mouId(), w.enrolledOn(), w.eventId(), w.agentId(), w.kpj());
    }

    private long event(String title) {
        LocalDateTime yesterday = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1).withNano(0);
        return events.plan(new EventDraft(title, EventType.SOSIALISASI_DESA, yesterday, yesterday.plusHours(2), VILLAGE, null,
                "workerui-coordinator", null, null)).id();
    }

    /** A NIK of the village's district (16.07.05), born on that day (women: +40), with a serial of its own. */
    private static String nik(int day, int month, int yy) {
        return "%s%02d%02d%02d%04d".formatted("160705", day, month, yy, SERIAL.incrementAndGet());
    }
}
