package id.bpjstk.desasadar.outreach.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.outreach.AgentService;
import id.bpjstk.desasadar.outreach.AgentView;
import id.bpjstk.desasadar.outreach.SponsorKind;
import id.bpjstk.desasadar.territory.AreaChoice;
import id.bpjstk.desasadar.territory.AreaLevel;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Registering Perisai agents and bringing a dropped one back. */
@IntegrationTest
class AgentsUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired AgentService agents;
    @Autowired AreaService areas;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_coordinator_registers_an_agent_with_a_home_area_picked_by_name() {
        KaribuUi.signIn(users, "agents-ui-coordinator", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("agen");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan agen")));
        AgentFormDialog form = _get(AgentFormDialog.class);
        String number = "PRS-UI" + System.nanoTime();
        _get(form, TextField.class, spec -> spec.withLabel("Nomor registrasi")).setValue(number);
        _get(form, TextField.class, spec -> spec.withLabel("Nama agen")).setValue("Siti Nur'aini");
        AreaPicker home = _get(form, AreaPicker.class);
        AreaChoice district = areas.search("betung", java.util.EnumSet.of(AreaLevel.DISTRICT), 10).stream()
                .filter(c -> c.code().equals("16.07.05")).findFirst().orElseThrow();
        home.setValue(district);
        _get(form, TextField.class, spec -> spec.withLabel("Lembaga mitra")).setValue("Koperasi Karet Maju");
        @SuppressWarnings("unchecked")
        ComboBox<SponsorKind> kind = _get(form, ComboBox.class, spec -> spec.withLabel("Jenis lembaga"));
        kind.setValue(SponsorKind.KOPERASI);
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));

        assertThat(agents.list()).anySatisfy(a -> {
            assertThat(a.registrationNumber()).isEqualTo(number);
            assertThat(a.homeArea()).isEqualTo("16.07.05");
            assertThat(a.activity().active()).isTrue();
        });
        _get(TextField.class, spec -> spec.withLabel("Cari nama atau nomor")).setValue(number);
        @SuppressWarnings("unchecked")
        Grid<AgentView> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("Siti Nur'aini");
        // nothing collected yet by a new agent: the month's takings and commission read zero
        assertThat(GridKt._getFormatted(grid, 0, "collected")).isEqualTo("Rp0");
        assertThat(GridKt._getFormatted(grid, 0, "commission")).isEqualTo("Rp0");
    }

    @Test
    void an_administrator_reactivates_an_agent_dropped_after_three_months_without_acquisitions() {
        KaribuUi.signIn(users, "agents-ui-admin", Role.ADMIN, AreaScope.NATIONAL);
        String number = "PRS-OLD" + System.nanoTime();
        agents.register(number, "Agen Lama", null, "16.07", "CV Sawit", SponsorKind.CV, LocalDate.now().minusMonths(5));
        UI.getCurrent().navigate("agen");
        _get(TextField.class, spec -> spec.withLabel("Cari nama atau nomor")).setValue(number);
        @SuppressWarnings("unchecked")
        Grid<AgentView> grid = _get(Grid.class);
        assertThat(GridKt._get(grid, 0).activity().active()).isFalse();

        _click((Button) GridKt._getCellComponent(grid, 0, "reactivate"));

        assertThat(agents.list()).filteredOn(a -> a.registrationNumber().equals(number))
                .singleElement().satisfies(a -> assertThat(a.activity().active()).isTrue());
    }

    @Test
    void a_start_date_in_the_future_is_flagged_on_its_field_and_no_agent_is_registered() {
        KaribuUi.signIn(users, "agents-ui-coordinator", Role.COORDINATOR, "16.07");
        int registered = agents.list().size();
        UI.getCurrent().navigate("agen");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan agen")));
        AgentFormDialog form = _get(AgentFormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Nomor registrasi")).setValue("PRS-FUTURE" + System.nanoTime());
        _get(form, TextField.class, spec -> spec.withLabel("Nama agen")).setValue("Agen Dari Masa Depan");
        var start = _get(form, com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Mulai bertugas"));
        start.setValue(LocalDate.now().plusDays(30));

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("Tanggal mulai wajib diisi dan tidak boleh di masa depan.");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(agents.list()).hasSize(registered);
    }

    @Test
    void a_phone_that_is_no_mobile_number_is_flagged_on_its_field() {
        KaribuUi.signIn(users, "agents-ui-coordinator", Role.COORDINATOR, "16.07");
        UI.getCurrent().navigate("agen");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan agen")));
        AgentFormDialog form = _get(AgentFormDialog.class);
        var phone = _get(form, TextField.class, spec -> spec.withLabel("Telepon"));
        phone.setValue("0711-123");

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Nomor HP harus nomor seluler Indonesia");
        phone.setValue("0812 3456 7890");
        assertThat(phone.isInvalid()).isFalse();
    }
}
