package id.bpjstk.desasadar.enrollment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.KaribuUi;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The contribution import page and the grid's exports, as a coordinator finds them. */
@IntegrationTest
class ImportAndExportUiTest {

    @Autowired ApplicationContext ctx;
    @Autowired UserService users;

    @BeforeEach
    void start() {
        KaribuUi.start(ctx);
        KaribuUi.signIn(users, "import-export-coordinator", Role.COORDINATOR, "16.07");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_contribution_import_names_its_columns_offers_both_modes_and_a_sample() {
        UI.getCurrent().navigate("iuran/impor");

        var page = _get(ContributionImportView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Impor iuran", "nik;bulan;jumlah;tanggal_bayar;pembayar;alasan");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportMode> mode = _get(RadioButtonGroup.class);
        assertThat(mode.getListDataView().getItems()).containsExactly(ImportMode.values());
        assertThat(_find(Anchor.class, spec -> spec.withText("Unduh contoh berkas CSV"))).hasSize(1);
    }

    @Test
    void the_worker_grid_offers_workers_and_contributions_as_csv_and_xlsx() {
        UI.getCurrent().navigate("peserta");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("export-link"))).extracting(Anchor::getText).containsExactly(
                "Unduh peserta (CSV)", "Unduh iuran (CSV)", "Unduh peserta (XLSX)", "Unduh iuran (XLSX)");
    }
}
