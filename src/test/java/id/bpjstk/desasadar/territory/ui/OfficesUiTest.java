package id.bpjstk.desasadar.territory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.territory.OfficeKind;
import id.bpjstk.desasadar.territory.OfficeService;
import id.bpjstk.desasadar.territory.OfficeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The administrator adds an office: a refused save keeps the dialog and what was typed; a saved one is listed. */
@IntegrationTest
class OfficesUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired OfficeService offices;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "officeui-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_refused_office_keeps_the_form_and_a_corrected_one_is_listed() {
        String code = "UI-" + System.nanoTime() % 1_000_000;
        UI.getCurrent().navigate("admin/kantor");
        _click(_get(Button.class, spec -> spec.withText("Tambah kantor")));
        _get(TextField.class, spec -> spec.withLabel("Kode kantor")).setValue(code);
        _get(TextField.class, spec -> spec.withLabel("Nama kantor")).setValue("KC Lubuk Linggau");
        _get(ComboBox.class, spec -> spec.withLabel("Jenis")).setValue(OfficeKind.KANTOR_CABANG);
        var areas = _get(TextArea.class, spec -> spec.withLabel("Wilayah cakupan"));
        areas.setValue("16.73\n99.99");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        NotificationsKt.expectNotifications("Kode wilayah tidak dikenal: 99.99");
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Kode kantor")).getValue()).isEqualTo(code);
        assertThat(offices.list()).extracting(OfficeView::code).doesNotContain(code);

        areas.setValue("16.73");
        _get(NumberField.class, spec -> spec.withClasses("office-lat")).setValue(-3.3);
        _get(NumberField.class, spec -> spec.withClasses("office-lng")).setValue(102.86);
        _click(_get(Button.class, spec -> spec.withText("Simpan")));

        assertThat(_find(Dialog.class)).isEmpty();
        OfficeView saved = offices.list().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
        assertThat(saved.areaCodes()).containsExactly("16.73");
        assertThat(saved.lat()).isEqualTo(-3.3);
        Grid<OfficeView> grid = _get(Grid.class);
        int row = GridKt._fetch(grid, 0, 1000).indexOf(saved);
        assertThat(GridKt._getFormattedRow(grid, row)).contains(code, "KC Lubuk Linggau", "Kantor Cabang", "16.73", "-3.3, 102.86");
    }
}
