package id.bpjstk.desasadar.coverage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RenderedReports;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.coverage.TargetMeasure;
import id.bpjstk.desasadar.coverage.TargetOwner;
import id.bpjstk.desasadar.coverage.TargetService;
import id.bpjstk.desasadar.coverage.TargetView;
import id.bpjstk.desasadar.territory.ui.AreaPicker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The target form checks each field by the target rules as the user leaves it, in the words of the import report. */
@IntegrationTest
class TargetFormUiTest {

    static final int YEAR = 2044;

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired TargetService targets;
    @Autowired AppI18nProvider i18n;
    @TempDir Path temp;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "targetform-admin", Role.ADMIN, AreaScope.NATIONAL);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_negative_target_is_flagged_on_its_field_as_the_import_report_words_it_and_nothing_is_saved_until_corrected()
            throws IOException {
        String reported = importedReason("-5.000");
        assertThat(reported).isEqualTo("Nilai target tidak boleh negatif (-5.000).");

        TargetFormDialog form = openForm();
        _get(form, AreaPicker.class).setCode("35");
        _get(form, ComboBox.class, spec -> spec.withLabel("Ukuran")).setValue(TargetMeasure.NEW_PARTICIPANTS);
        TextField value = _get(form, TextField.class, spec -> spec.withLabel("Nilai"));
        value.setValue("-5.000");

        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(reported);
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isTrue();
        assertThat(targets.list(YEAR)).isEmpty();

        value.setValue("5.000");
        assertThat(value.isInvalid()).isFalse();
        _click(_get(form, Button.class, spec -> spec.withText("Simpan")));
        assertThat(form.isOpened()).isFalse();
        assertThat(targets.find(YEAR, TargetOwner.area("35"), TargetMeasure.NEW_PARTICIPANTS)).get()
                .extracting(TargetView::value).isEqualTo(5_000L);
    }

    @Test
    void a_year_out_of_range_is_flagged_on_its_field_with_the_rule_s_message() {
        TargetFormDialog form = openForm();
        IntegerField year = _get(form, IntegerField.class, spec -> spec.withLabel("Tahun"));
        year.setValue(1999);

        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Tahun target harus antara 2000 dan 2100.");
    }

    private TargetFormDialog openForm() {
        UI.getCurrent().navigate("admin/target");
        _click(_get(Button.class, spec -> spec.withText("Tambah target")));
        TargetFormDialog form = _get(TargetFormDialog.class);
        _get(form, IntegerField.class, spec -> spec.withLabel("Tahun")).setValue(YEAR);
        return form;
    }

    /** The reason the target import gives for a row with this value, rendered as the targets page renders it. */
    private String importedReason(String value) throws IOException {
        Path file = temp.resolve("targets.csv");
        Files.writeString(file, "tahun;kode_wilayah;kode_kantor;ukuran;nilai\n" + YEAR + ";35;;NEW_PARTICIPANTS;" + value + "\n",
                StandardCharsets.UTF_8);
        ImportResult result = targets.importFile(file, Progress.NONE, () -> false);
        // rendered as the report download renders a reason: in the user's language
        List<CSVRecord> rows = RenderedReports.records(result.report(),
                reason -> i18n.getTranslation(reason.messageKey(), UI.getCurrent().getLocale(), reason.args()));
        assertThat(rows).singleElement().extracting(r -> r.get("kolom")).isEqualTo("nilai");
        return rows.getFirst().get("alasan");
    }
}
