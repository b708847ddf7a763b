package id.bpjstk.desasadar.territory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.DesignationStatus;
import id.bpjstk.desasadar.territory.VillageProfileQueries;
import id.bpjstk.desasadar.territory.VillageProfileService;
import id.bpjstk.desasadar.territory.VillageRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class VillageDetailUiTest {

    static final String VILLAGE = "16.07.03.2006";

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired VillageProfileService profiles;
    @Autowired VillageProfileQueries profileQueries;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void start() {
        jdbc.update("DELETE FROM village_profile_change WHERE village_code = ?", VILLAGE);
        jdbc.update("DELETE FROM village_profile WHERE village_code = ?", VILLAGE);
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "detail-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_village_page_is_reached_by_url_and_starts_the_designation_process() {
        UI.getCurrent().navigate("desa/" + VILLAGE);
        assertThat(_get(H2.class).getText()).isEqualTo("Langkan");

        _click(_get(Button.class, spec -> spec.withText("Mulai proses")));
        _click(_get(Button.class, spec -> spec.withText("Konfirmasi")));

        var profile = profileQueries.find(VILLAGE).orElseThrow();
        assertThat(profile.status()).isEqualTo(DesignationStatus.IN_PROGRESS);
        assertThat(profile.history()).singleElement().satisfies(c -> assertThat(c.by()).isEqualTo("detail-coordinator"));
        assertThat(_get(VillageDetailView.class).getElement().getTextRecursively()).contains("Dalam proses");
    }

    @Test
    void an_out_of_scope_village_page_says_not_found_like_an_unknown_one() {
        UI.getCurrent().navigate("desa/35.78.01.1001");
        String outOfScope = _get(H2.class).getText();
        UI.getCurrent().navigate("desa/99.99.99.9999");

        assertThat(outOfScope).isEqualTo(_get(H2.class).getText()).isEqualTo("Desa tidak ditemukan");
    }

    @Test
    void the_villages_grid_lists_the_scope_and_filters_by_status() {
        UI.getCurrent().navigate("desa");
        var grid = _get(VillagesView.class).grid();

        assertThat(GridKt._fetch(grid, 0, 30)).hasSize(30).allMatch(r -> ((VillageRow) r).code().startsWith("16.07."));
    }
}
