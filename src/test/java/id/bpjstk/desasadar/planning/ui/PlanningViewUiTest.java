package id.bpjstk.desasadar.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.map.AreaClickEvent;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import id.bpjstk.desasadar.enrollment.Occupation;
import id.bpjstk.desasadar.planning.PriorityComponent;
import id.bpjstk.desasadar.planning.PriorityService;
import id.bpjstk.desasadar.planning.VillagePriority;
import id.bpjstk.desasadar.territory.DesignationStatus;
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

/** The planner's priority tab: the ranked list with its reasons, the filters, the map, the add-to-plan hook, the weights screen. */
@IntegrationTest
class PlanningViewUiTest {

    static final String MARIANA = "16.07.01.1016";
    static final String SUNGAI_GERONG = "16.07.01.2002";

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PriorityService priorities;

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM village_profile WHERE village_code = ?", Integer.class, MARIANA) > 0) {
            return; // once per class
        }
        jdbc.update("UPDATE area SET lat = -2.95, lng = 104.80 WHERE code = ?", MARIANA);
        jdbc.update("UPDATE area SET lat = -2.70, lng = 104.70 WHERE code = ?", SUNGAI_GERONG);
        jdbc.update("INSERT INTO village_profile (village_code, potential, status, version) VALUES (?, 420, 'IN_PROGRESS', 0)", MARIANA);
        String month = LocalDate.now(ZoneId.of("Asia/Jakarta")).withDayOfMonth(1).minusMonths(5).toString();
        jdbc.update("INSERT INTO coverage_cell (level, area_code, month, mou_id, enrolled_change, active_change) VALUES (4, ?, ?, 0, 40, 28)",
                MARIANA, month);
        jdbc.update("INSERT INTO site (name, type, lat, lng, village_code, version) VALUES ('Pasar Gerong', 'PASAR', -2.70, 104.70, ?, 0)",
                SUNGAI_GERONG);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private PlanningView open(String user, Role role, String... scope) {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, user, role, scope);
        UI.getCurrent().navigate("rencana");
        return _get(PlanningView.class);
    }

    @Test
    void a_coordinator_sees_their_villages_ranked_with_the_reasons_in_words() {
        PlanningView view = open("plan-ui-banyuasin", Role.COORDINATOR, "16.07");
        var grid = view.gridForTesting();

        assertThat(GridKt._size(grid)).isEqualTo(313);
        assertThat(view.summaryText()).isEqualTo("313 desa, urut dari prioritas tertinggi");
        assertThat(view.shownForTesting().getFirst().code()).isEqualTo(MARIANA);
        String first = GridKt._getCellComponent(grid, 0, "village").getElement().getTextRecursively();
        assertThat(first).contains("Mariana", "potensi 420, terdaftar 40", "12 peserta non-aktif", "belum pernah ada sosialisasi",
                "kriteria Desa Sadar kurang: kepala desa, perangkat desa, sosialisasi, porsi potensi terdaftar", "km dari Kantor Cabang Palembang");
        String gerong = GridKt._getCellComponent(grid, view.shownForTesting().indexOf(find(view, SUNGAI_GERONG)), "village")
                .getElement().getTextRecursively();
        assertThat(gerong).contains("1 lokasi kerja: pasar");
    }

    @Test
    void filters_narrow_the_list_and_the_map_to_the_matching_villages() {
        PlanningView view = open("plan-ui-filter", Role.COORDINATOR, "16.07");

        view.statusFilter().setValue(DesignationStatus.IN_PROGRESS);
        assertThat(view.shownForTesting()).extracting(VillagePriority::code).containsExactly(MARIANA);
        assertThat(view.fillsForTesting()).containsOnlyKeys(MARIANA);

        view.statusFilter().clear();
        view.sitesFilter().setValue(true);
        assertThat(view.shownForTesting()).extracting(VillagePriority::code).containsExactly(SUNGAI_GERONG);

        view.sitesFilter().setValue(false);
        view.occupationFilter().setValue(Occupation.NELAYAN);
        assertThat(GridKt._size(view.gridForTesting())).isZero();
        assertThat(view.summaryText()).isEqualTo("Tidak ada desa yang cocok dengan filter ini.");

        view.occupationFilter().clear();
        view.areaFilter().setCode("16.07.01");
        assertThat(view.shownForTesting()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).startsWith("16.07.01."));
    }

    @Test
    void the_map_colours_the_located_villages_by_priority_highest_darkest() {
        PlanningView view = open("plan-ui-map", Role.COORDINATOR, "16.07");

        assertThat(view.fillsForTesting()).containsOnlyKeys(MARIANA, SUNGAI_GERONG);
        assertThat(view.fillsForTesting().get(MARIANA).color()).isEqualTo(PlanningView.COLORS[0]);
        assertThat(view.fillsForTesting().get(MARIANA).label()).startsWith("#1 · ");
    }

    @Test
    void adding_a_village_from_its_row_or_the_map_fires_the_event_the_plan_builder_listens_to() {
        PlanningView view = open("plan-ui-add", Role.COORDINATOR, "16.07");
        List<String> added = new ArrayList<>();
        view.addAddToPlanListener(e -> added.add(e.getVillage().code()));

        _get(GridKt._getCellComponent(view.gridForTesting(), 0, "village"), Button.class).click();
        LeafletMap map = _get(LeafletMap.class);
        ComponentUtil.fireEvent(map, new AreaClickEvent(map, true, PlanningView.LAYER, SUNGAI_GERONG));

        assertThat(added).containsExactly(MARIANA, SUNGAI_GERONG);
        assertThat(view.gridForTesting().asSingleSelect().getValue().code()).isEqualTo(SUNGAI_GERONG);
    }

    @Test
    void a_regional_head_is_asked_to_choose_a_regency_first() {
        PlanningView view = open("plan-ui-jatim", Role.REGIONAL_HEAD, "35");

        assertThat(view.summaryText()).isEqualTo("Pilih kabupaten/kota, kecamatan atau desa untuk melihat urutan prioritasnya.");
        view.areaFilter().setCode("35.78");
        assertThat(view.shownForTesting()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).startsWith("35.78."));
    }

    @Test
    void an_administrator_changes_a_weight_and_a_negative_one_is_refused_with_a_message() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "plan-ui-admin", Role.ADMIN, "");
        UI.getCurrent().navigate("admin/prioritas");
        PriorityWeightsView view = _get(PriorityWeightsView.class);

        view.fieldForTesting(PriorityComponent.NEAR_OFFICE).setValue(-3.0);
        view.save();
        NotificationsKt.expectNotifications("Bobot \"Dekat kantor\" harus berupa angka dari 0 sampai 1.000.");
        assertThat(priorities.weights().nearOffice()).isEqualTo(5.0);

        view.fieldForTesting(PriorityComponent.NEAR_OFFICE).setValue(8.0);
        view.save();
        assertThat(priorities.weights().nearOffice()).isEqualTo(8.0);
    }

    @Test
    void a_weight_out_of_range_is_flagged_on_its_field_as_it_is_left() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "plan-ui-admin", Role.ADMIN, "");
        UI.getCurrent().navigate("admin/prioritas");
        PriorityWeightsView view = _get(PriorityWeightsView.class);

        var field = view.fieldForTesting(PriorityComponent.UNREACHED);
        field.setValue(5000.0);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Bobot \"Potensi belum terdaftar\" harus berupa angka dari 0 sampai 1.000.");
        field.setValue(30.0);
        assertThat(field.isInvalid()).isFalse();
    }

    private static VillagePriority find(PlanningView view, String code) {
        return view.shownForTesting().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
