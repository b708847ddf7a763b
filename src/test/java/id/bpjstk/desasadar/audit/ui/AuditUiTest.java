package id.bpjstk.desasadar.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.audit.FieldChange;
import id.bpjstk.desasadar.audit.TrailEntry;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.enrollment.WorkerDraft;
import id.bpjstk.desasadar.enrollment.WorkerService;
import id.bpjstk.desasadar.enrollment.WorkerView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An administrator reads the audit trail on /admin/audit (issue 12, items 10 and 11). */
@IntegrationTest
class AuditUiTest {

    static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired WorkerService workers;

    WorkerView worker;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "auditui.admin", Role.ADMIN, AreaScope.NATIONAL);
        String nik = "16070555039" + "1" + (4000 + SERIAL.incrementAndGet());
        WorkerView enrolled = workers.enroll(draft(nik, "Sri Wahyuni"));
        worker = workers.update(enrolled.id(), draft(nik, "Sri Wahyuningsih"), enrolled.version());
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_filters_the_trail_to_one_record_opens_its_history_and_can_export() {
        UI.getCurrent().navigate("admin/audit");
        _get(ComboBox.class, spec -> spec.withClasses("audit-kind")).setValue("worker");
        _get(TextField.class, spec -> spec.withClasses("audit-record")).setValue(String.valueOf(worker.id()));

        Grid<TrailEntry> grid = _get(Grid.class, spec -> spec.withClasses("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("auditui.admin", "Peserta", String.valueOf(worker.id()), "Diubah",
                "fullName: Sri Wahyuni → Sri Wahyuningsih");

        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        ChangeHistoryDialog history = _get(ChangeHistoryDialog.class);
        assertThat(history.isOpened()).isTrue();
        Grid<FieldChange> update = _find(history, Grid.class).getLast();
        assertThat(GridKt._getFormattedRow(update, 0)).containsExactly("fullName", "Sri Wahyuni", "Sri Wahyuningsih");

        Anchor export = _get(Anchor.class, spec -> spec.withClasses("audit-export"));
        assertThat(export.getText()).isEqualTo("Ekspor CSV");
        assertThat(export.getHref()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_link_with_kind_and_record_opens_the_trail_on_that_record_and_a_period_without_it_shows_nothing() {
        UI.getCurrent().navigate("admin/audit", QueryParameters.simple(Map.of("jenis", "worker", "rekaman", String.valueOf(worker.id()))));
        Grid<TrailEntry> grid = _get(Grid.class, spec -> spec.withClasses("audit-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Dari tanggal")).setValue(TODAY.plusDays(1));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void the_worker_page_links_an_administrator_to_the_workers_change_history() {
        UI.getCurrent().navigate("peserta/" + worker.id());

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("worker-history"));
        assertThat(link.getText()).isEqualTo("Riwayat perubahan");
        assertThat(link.getHref()).isEqualTo("admin/audit?jenis=worker&rekaman=" + worker.id());
    }

    @Test
    void a_coordinator_gets_neither_the_page_nor_the_history_link() {
        KaribuUi.signIn(users, "auditui.coordinator", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("peserta/" + worker.id());
        assertThat(_find(Anchor.class, spec -> spec.withClasses("worker-history"))).isEmpty();

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
    }

    private static WorkerDraft draft(String nik, String name) {
        return new WorkerDraft(nik, name, null, null, null, Occupation.PETANI,
                "16.07.05.2002", null, null, false, 1_000_000, Funding.SELF, null, TODAY, null, null, null);
    }
}
