package id.bpjstk.desasadar.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.ui.TextTable;
import id.bpjstk.desasadar.base.ui.chart.ChartWithTable;
import id.bpjstk.desasadar.base.ui.map.AreaClickEvent;
import id.bpjstk.desasadar.base.ui.map.LeafletMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The coverage view on a deterministic fake of the coverage store: colours, drilling, the breadcrumb, scope. */
@IntegrationTest
@Import(FakeCoverage.class)
class CoverageViewUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private CoverageView open(String user, Role role, String... scope) {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, user, role, scope);
        UI.getCurrent().navigate("cakupan");
        return _get(CoverageView.class);
    }

    @Test
    void a_regional_head_starts_at_the_province_and_sees_its_regencies_coloured_with_a_legend() {
        CoverageView view = open("cov-jatim", Role.REGIONAL_HEAD, "35");

        assertThat(view.selectedCode()).isEqualTo("35");
        assertThat(view.fillsForTesting()).isNotEmpty().allSatisfy((code, fill) -> assertThat(code).startsWith("35."));
        assertThat(legendLabels()).contains("Tidak ada data");
        assertThat(breadcrumb()).containsExactly("Indonesia", "Jawa Timur");
    }

    @Test
    void an_area_without_figures_is_no_data_not_zero() {
        CoverageView view = open("cov-jatim-nodata", Role.REGIONAL_HEAD, "35");

        assertThat(view.fillsForTesting()).doesNotContainKey(FakeCoverage.NO_DATA_CODE);
        JsonNode data = map().stateForTesting().get("data").get(CoverageView.AREAS);
        assertThat(data.get("noData").get(0).asString()).isEqualTo(Classes.NO_DATA);
        assertThat(data.get("fills").properties()).allSatisfy(e -> assertThat(e.getValue().get(0).asString()).isNotEqualTo(Classes.NO_DATA));
    }

    @Test
    void changing_the_metric_recolours_the_areas_and_retitles_the_legend() {
        CoverageView view = open("cov-metric", Role.REGIONAL_HEAD, "35");
        var before = view.fillsForTesting();
        String legendBefore = map().stateForTesting().get("legend").get("title").asString();

        view.metricSelect().setValue(Metric.ACTIVE_SHARE);

        assertThat(map().stateForTesting().get("legend").get("title").asString()).isNotEqualTo(legendBefore)
                .isEqualTo("Persentase aktif dari terdaftar");
        assertThat(view.fillsForTesting()).isNotEqualTo(before);
        assertThat(view.fillsForTesting().values()).allSatisfy(f -> assertThat(f.label()).endsWith("%"));
    }

    @Test
    void clicking_a_regency_drills_into_its_districts_and_the_breadcrumb_leads_back_up() {
        CoverageView view = open("cov-drill", Role.REGIONAL_HEAD, "35");
        LeafletMap map = map();

        ComponentUtil.fireEvent(map, new AreaClickEvent(map, true, CoverageView.AREAS, "35.78"));

        assertThat(view.selectedCode()).isEqualTo("35.78");
        assertThat(view.fillsForTesting()).isNotEmpty().allSatisfy((code, fill) -> assertThat(code).startsWith("35.78."));
        assertThat(breadcrumb()).containsExactly("Indonesia", "Jawa Timur", "Kota Surabaya");
        assertThat(_get(view, ChartWithTable.class, spec -> spec.withClasses("chart-children")).tableText()).contains("Rungkut");

        _get(Button.class, spec -> spec.withText("Jawa Timur")).click();
        assertThat(view.selectedCode()).isEqualTo("35");
        assertThat(view.fillsForTesting()).containsKey("35.78");
    }

    @Test
    void a_regional_head_cannot_drill_into_another_province() {
        CoverageView view = open("cov-outside", Role.REGIONAL_HEAD, "35");
        LeafletMap map = map();

        ComponentUtil.fireEvent(map, new AreaClickEvent(map, true, CoverageView.AREAS, "16.07"));

        assertThat(view.selectedCode()).isEqualTo("35");
        _get(Button.class, spec -> spec.withText("Indonesia")).click();
        assertThat(view.fillsForTesting()).containsOnlyKeys("35");
    }

    @Test
    void an_administrator_sees_every_province_from_the_nation() {
        CoverageView view = open("cov-admin", Role.ADMIN, "");

        assertThat(view.selectedCode()).isEmpty();
        assertThat(view.fillsForTesting()).containsKeys("11", "16", "35");
    }

    @Test
    void a_partner_sees_its_own_municipality_without_reach_figures() {
        CoverageView view = open("cov-partner", Role.PARTNER, "35.78");

        assertThat(view.selectedCode()).isEqualTo("35.78");
        assertThat(view.fillsForTesting().keySet()).allSatisfy(code -> assertThat(code).startsWith("35.78."));
        assertThat(_get(view, ChartWithTable.class, spec -> spec.withClasses("chart-funnel")).getChart().series().getFirst().values().getFirst())
                .isZero();
    }

    @Test
    void the_kpi_cards_show_target_realization_and_achievement_and_every_chart_has_its_table() {
        CoverageView view = open("cov-kpi", Role.REGIONAL_HEAD, "35");

        String cards = String.join("\n", _find(view, KpiCard.class).stream().map(KpiCard::text).toList());
        assertThat(cards).contains("Target peserta baru", "Realisasi peserta baru", "Capaian", "Dibanding tahun lalu");
        assertThat(_get(view, KpiCard.class, spec -> spec.withClasses("kpi-target")).valueText()).isNotEqualTo("–");
        assertThat(_get(view, KpiCard.class, spec -> spec.withClasses("kpi-achievement")).valueText()).endsWith("%");
        for (String chart : List.of("chart-children", "chart-trend", "chart-funnel", "chart-status")) {
            assertThat(_get(view, ChartWithTable.class, spec -> spec.withClasses(chart)).tableText()).isNotBlank();
        }
    }

    @Test
    void the_leaderboards_rank_offices_by_acquisitions_and_show_each_agents_collections() {
        CoverageView view = open("cov-leaders", Role.REGIONAL_HEAD, "35");

        String offices = _get(view, TextTable.class, spec -> spec.withClasses("leaderboard-offices")).text();
        assertThat(offices.lines().toList()).hasSize(3);
        assertThat(offices.indexOf("Kantor Cabang Satu")).isLessThan(offices.indexOf("Kantor Cabang Dua"));
        assertThat(offices).contains("Kantor Cabang Satu", "100.000");
        assertThat(_get(view, TextTable.class, spec -> spec.withClasses("leaderboard-agents")).text())
                .contains("Agen Satu 12 201.600", "Agen Dua 7 117.600");
    }

    private static LeafletMap map() {
        return _get(LeafletMap.class);
    }

    private static List<String> legendLabels() {
        var labels = new ArrayList<String>();
        map().stateForTesting().get("legend").get("entries").forEach(e -> labels.add(e.get(1).asString()));
        return labels;
    }

    private static List<String> breadcrumb() {
        var names = new ArrayList<String>();
        _get(CoverageView.class).getChildren().filter(c -> c.hasClassName("coverage-breadcrumb")).findFirst().orElseThrow()
                .getChildren().filter(c -> c instanceof Button).forEach(b -> names.add(((Button) b).getText()));
        return names;
    }
}
