package id.bpjstk.desasadar.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetOwner;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.coverage.TargetView;
import id.bpjstk.desasadar.territory.AreaService;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The administrator enters a target, is told why a second one for the same year is refused, filters, edits, deletes. */
@IntegrationTest
class TargetsUiTest {

    static final int YEAR = 2042;

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired TargetService targets;
    @Autowired AreaService areas;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "targetui-admin", Role.ADMIN, AreaScope.NATIONAL);
        targets.list(YEAR).forEach(t -> targets.delete(t.id()));
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_enters_a_target_sees_the_second_refused_filters_edits_and_deletes_it() {
        UI.getCurrent().navigate("admin/target");
        Grid<TargetView> grid = _get(Grid.class);

        addTarget("35", TargetMeasure.NEW_PARTICIPANTS, "411.156", true);
        ComboBox<Integer> year = _get(ComboBox.class, spec -> spec.withLabel("Tahun"));
        year.setValue(YEAR);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("2042", "Jawa Timur (35)", "Peserta BPU baru", "411.156",
                "Linear (rata tiap bulan)");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "illustrative")).getText()).isEqualTo("ilustrasi");

        addTarget("35", TargetMeasure.NEW_PARTICIPANTS, "500000", false);
        NotificationsKt.expectNotifications(
                "Target NEW_PARTICIPANTS tahun 2042 untuk 35 sudah ada. Target kedua ditolak, tidak digabung: ubah target yang ada.");
        _click(_get(Button.class, spec -> spec.withText("Batal")));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(targets.find(YEAR, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS)).get()
                .extracting(TargetView::value).isEqualTo(411_156L);

        addTarget("35.78", TargetMeasure.CONTRIBUTIONS_RP, "6.200.000.000", false);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        ComboBox<TargetMeasure> measure = _get(ComboBox.class, spec -> spec.withLabel("Ukuran"));
        measure.setValue(TargetMeasure.CONTRIBUTIONS_RP);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Kota Surabaya (35.78)", "Rp6.200.000.000");

        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        TargetFormDialog form = _get(TargetFormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Nilai")).setValue("7000000000");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Rp7.000.000.000");

        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        Button delete = _get(Button.class, spec -> spec.withText("Hapus target"));
        _click(delete);
        assertThat(targets.list(YEAR)).hasSize(2);
        _click(delete);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(targets.list(YEAR)).hasSize(1);
    }

    @Test
    void a_refused_value_that_is_not_a_number_says_so() {
        UI.getCurrent().navigate("admin/target");

        addTarget("16", TargetMeasure.ACTIVE_PARTICIPANTS, "satu juta", false);

        NotificationsKt.expectNotifications(
                "Nilai \"satu juta\" bukan bilangan bulat (contoh 411156 atau 6.200.000.000.000).");
        assertThat(targets.list(YEAR)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_regional_head_reads_the_targets_of_the_province_without_editing() {
        targets.create(new id.bpjstk.desasadar.coverage.TargetDraft(YEAR, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS,
                1000L, null, true, null));
        targets.create(new id.bpjstk.desasadar.coverage.TargetDraft(YEAR, TargetOwner.area("16"), TargetMeasure.NEW_PARTICIPANTS,
                500L, null, false, null));
        KaribuUi.signIn(users, "targetui-head-35", Role.REGIONAL_HEAD, "35");
        UI.getCurrent().navigate("target");

        _get(ComboBox.class, spec -> spec.withLabel("Tahun")).setValue(YEAR);
        Grid<TargetView> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Jawa Timur (35)", "1.000");
        assertThat(_find(Button.class, spec -> spec.withText("Tambah target"))).isEmpty();
        GridKt._clickItem(grid, 0, 1, false, false, false, false);
        assertThat(_find(TargetFormDialog.class)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void addTarget(String area, TargetMeasure measure, String value, boolean illustrative) {
        _click(_get(Button.class, spec -> spec.withText("Tambah target")));
        TargetFormDialog form = _get(TargetFormDialog.class);
        _get(form, IntegerField.class, spec -> spec.withLabel("Tahun")).setValue(YEAR);
        _get(form, AreaPicker.class).setCode(area);
        _get(form, ComboBox.class, spec -> spec.withLabel("Ukuran")).setValue(measure);
        _get(form, TextField.class, spec -> spec.withLabel("Nilai")).setValue(value);
        _get(form, Checkbox.class).setValue(illustrative);
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(_find(TargetFormDialog.class)).hasSizeLessThanOrEqualTo(1);
    }
}
