package id.bpjstk.desasadar.site.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.site.SiteService;
import id.bpjstk.desasadar.site.SiteType;
import id.bpjstk.desasadar.site.SiteView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The site form flags a bad value on its field by the site rules, and saves once every field passes. */
@IntegrationTest
class SiteFormUiTest {

    static final String VILLAGE = "16.07.05.2005";

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired SiteService sites;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "siteform-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_negative_number_of_workers_is_flagged_and_not_saved_then_the_corrected_site_is() {
        List<SiteView> saved = new ArrayList<>();
        var form = new SiteFormDialog(sites, -2.995, 104.855, null, saved::add);
        form.open();
        _get(form, TextField.class, spec -> spec.withLabel("Nama lokasi")).setValue("Pasar Uji Formulir");
        ((ComboBox<SiteType>) _get(form, ComboBox.class, spec -> spec.withLabel("Jenis lokasi"))).setValue(SiteType.PASAR);
        _find(form, TextField.class, spec -> spec.withLabel("Kode desa")).forEach(code -> code.setValue(VILLAGE));
        IntegerField workers = _get(form, IntegerField.class, spec -> spec.withLabel("Perkiraan jumlah pekerja"));
        workers.setValue(-5);

        assertThat(workers.isInvalid()).isTrue();
        assertThat(workers.getErrorMessage()).isEqualTo("Perkiraan jumlah pekerja harus antara 0 dan 1.000.000.");
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(saved).isEmpty();
        assertThat(form.isOpened()).isTrue();

        workers.setValue(40);
        assertThat(workers.isInvalid()).isFalse();
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Pasar Uji Formulir");
            assertThat(s.estimatedWorkers()).isEqualTo(40);
        });
        assertThat(form.isOpened()).isFalse();
    }

    @Test
    void an_empty_name_is_flagged_with_the_rule_s_message() {
        var form = new SiteFormDialog(sites, -2.995, 104.855, null, s -> { });
        form.open();
        TextField name = _get(form, TextField.class, spec -> spec.withLabel("Nama lokasi"));
        name.setValue("Sebentar");
        name.clear();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Nama lokasi wajib diisi, paling banyak 150 karakter.");
    }
}
