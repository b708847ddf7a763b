package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RenderedReports;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Decision 033: the worker form flags a bad value with the very words the worker import's report gives for it, because
 * both apply {@code WorkerRules}' check of that field and translate its refusal the same way.
 */
@IntegrationTest
class FormAgreesWithImportUiTest {

    static final String VILLAGE = "16.07.05.2005";
    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    /** A bad value, the import column it is written in and the form field (by its label) it is typed in. */
    record BadValue(String column, String label, String value) {
    }

    static final List<BadValue> BAD = List.of(
            new BadValue("nik", "NIK", "1607051010"),
            new BadValue("nik", "NIK", "1607051013809001"),
            new BadValue("telepon", "Nomor HP", "12345"),
            new BadValue("telepon", "Nomor HP", "+62 21 555 1234"),
            new BadValue("kpj", "Nomor KPJ", "1234"));

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;
    @Autowired WorkerImportService imports;
    @Autowired AppI18nProvider i18n;
    @TempDir Path temp;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "formimport-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_bad_nik_phone_or_kpj_reads_the_same_on_the_form_as_in_the_import_report() throws IOException {
        List<CSVRecord> report = importReport();
        assertThat(report).hasSize(BAD.size());

        UI.getCurrent().navigate("peserta");
        _click(_get(Button.class, spec -> spec.withText("Daftarkan peserta")));
        WorkerFormDialog form = _get(WorkerFormDialog.class);
        for (int i = 0; i < BAD.size(); i++) {
            BadValue bad = BAD.get(i);
            CSVRecord rejected = report.get(i);
            assertThat(rejected.get("kolom")).isEqualTo(bad.column());

            TextField field = _get(form, TextField.class, spec -> spec.withLabel(bad.label()));
            field.setValue(bad.value());

            assertThat(field.isInvalid()).as(bad.value()).isTrue();
            assertThat(field.getErrorMessage()).as(bad.value()).isNotBlank().isEqualTo(rejected.get("alasan"));
            field.clear();
        }
    }

    /** One row per bad value, every other cell valid, imported as a coordinator of the village's regency. */
    private List<CSVRecord> importReport() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", WorkerImportService.COLUMNS));
        int serial = 9100;
        for (BadValue bad : BAD) {
            String nik = "1607051010" + "80" + (serial++);
            String phone = "";
            String kpj = "";
            switch (bad.column()) {
                case "nik" -> nik = bad.value();
                case "telepon" -> phone = bad.value();
                default -> kpj = bad.value();
            }
            lines.add(String.join(",", nik, "Warga Uji", "", "", phone, "PETANI", VILLAGE, "tidak", "1000000", "SELF", TODAY, kpj));
        }
        Path file = temp.resolve("bad-values.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        ImportResult result = imports.importFile(file, ImportMode.ACCEPT_VALID, Progress.NONE, () -> false);
        // rendered as the report download renders a reason: the provider, in the user's language
        return RenderedReports.records(result.report(),
                reason -> i18n.getTranslation(reason.messageKey(), UI.getCurrent().getLocale(), reason.args()));
    }
}
