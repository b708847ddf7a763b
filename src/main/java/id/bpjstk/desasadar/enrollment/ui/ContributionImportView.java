package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.ImportPanel;
import id.bpjstk.desasadar.enrollment.importing.ContributionImportService;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executor;

/** The import of a CSV file of paid contributions (format in the README). */
@Route("iuran/impor")
@RolesAllowed({"ADMIN", "COORDINATOR"})
class ContributionImportView extends ImportPanel implements HasDynamicTitle {

    /** What the sample file holds: January 2026 paid by the worker of the workers' sample file, at the tariff. */
    static final String SAMPLE_ROW = "1607054508900001;2026-01;;2026-01-20;PESERTA;";

    ContributionImportView(ContributionImportService importer, Executor applicationTaskExecutor) {
        super(importer::importFile, Kind.csvPage("contribution.import", ContributionImportService.COLUMNS, java.util.List.of(), SAMPLE_ROW, "iuran",
                ContributionImportService.MAX_BYTES), applicationTaskExecutor);
        addClassName("contribution-import-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.import.title");
    }
}
