package id.bpjstk.desasadar.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.EventQueries;
import id.bpjstk.desasadar.outreach.EventService;
import id.bpjstk.desasadar.outreach.EventStatus;
import id.bpjstk.desasadar.outreach.EventView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The planner's editor: picks ordered into a numbered route, saved as planned events, opened again and revised. */
@IntegrationTest
class PlanEditorUiTest {

    static final String USER = "plan-editor-banyuasin";
    static final List<String> VILLAGES = List.of("16.07.05.2002", "16.07.05.2003", "16.07.05.2004");

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventService events;
    @Autowired EventQueries eventQueries;

    @BeforeEach
    void villagesHaveCoordinates() {
        for (int i = 0; i < VILLAGES.size(); i++) {
            jdbc.update("UPDATE area SET lat = ?, lng = ? WHERE code = ?", -2.80 - 0.05 * i, 104.75 + 0.04 * i, VILLAGES.get(i));
        }
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private PlanEditor openEditor() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, USER, Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("rencana");
        PlanningView view = _get(PlanningView.class);
        view.tabs().setSelectedIndex(1);
        return _get(PlanEditor.class);
    }

    @Test
    void picked_villages_are_optimised_into_a_numbered_route_and_saved_as_planned_events() {
        PlanEditor editor = openEditor();
        for (String code : VILLAGES) {
            var v = jdbc.queryForMap("SELECT name, lat, lng FROM area WHERE code = ?", code);
            editor.add(code, (String) v.get("name"), (Double) v.get("lat"), (Double) v.get("lng"));
        }
        assertThat(editor.rows()).allSatisfy(r -> assertThat(r.stop()).isNull());

        _click(_get(editor, Button.class, spec -> spec.withClasses("plan-optimise")));

        assertThat(editor.route()).isPresent();
        assertThat(editor.rows()).extracting(PlanEditor.Row::number).containsExactly(1, 2, 3);
        List<String> badges = new ArrayList<>();
        for (JsonNode point : editor.map().stateForTesting().get("data").get(PlanEditor.STOPS).get("points")) {
            badges.add(point.get(5).asString());
        }
        assertThat(badges).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(editor.map().stateForTesting().get("data").get(PlanEditor.LEGS).get("geojson").get("features")).hasSize(1);

        _click(_get(editor, Button.class, spec -> spec.withClasses("plan-save")));

        NotificationsKt.expectNotifications("Rencana disimpan: 3 kunjungan kini ada di kalender kegiatan.");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1);
        List<EventView> booked = eventQueries.plannedFor(USER, tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay());
        assertThat(booked).extracting(EventView::villageCode).containsExactlyInAnyOrderElementsOf(VILLAGES);
        assertThat(booked).extracting(EventView::status).containsOnly(EventStatus.PLANNED);

        // a village taken out of the saved plan has its event cancelled
        _click(removeButton(editor, 2));
        assertThat(editor.rows()).hasSize(2);
        _click(_get(editor, Button.class, spec -> spec.withClasses("plan-save")));
        assertThat(eventQueries.plannedFor(USER, tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay())).hasSize(2);
    }

    private static Button removeButton(PlanEditor editor, int row) {
        return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(editorGrid(editor), row, "actions")
                .getChildren().filter(c -> c.hasClassName("plan-remove")).map(Button.class::cast).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<PlanEditor.Row> editorGrid(PlanEditor editor) {
        return _get(editor, com.vaadin.flow.component.grid.Grid.class, spec -> spec.withClasses("plan-stops"));
    }
}
