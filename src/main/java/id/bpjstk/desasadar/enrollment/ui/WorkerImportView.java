package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.ui.ImportPanel;
import id.bpjstk.desasadar.enrollment.importing.WorkerImportService;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executor;

/** The import of a CSV file of workers (format in the README). */
@Route("peserta/impor")
@RolesAllowed({"ADMIN", "COORDINATOR"})
class WorkerImportView extends ImportPanel implements HasDynamicTitle {

    /** What the sample file holds: one worker of Pulau Rajak (Banyuasin), a woman born 5 August 1990. */
    static final String SAMPLE_ROW = "1607054508900001;Siti Aminah;P;1990-08-05;081234567890;PETANI;16.07.05.2002;ya;1000000;SELF;2026-01-15;";

    WorkerImportView(WorkerImportService importer, Executor applicationTaskExecutor) {
        super(importer::importFile, Kind.csvPage("worker.import", WorkerImportService.COLUMNS, WorkerImportService.OPTIONAL_COLUMNS, SAMPLE_ROW, "peserta",
                WorkerImportService.MAX_BYTES), applicationTaskExecutor);
        addClassName("worker-import-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worker.import.title");
    }
}
