package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadMetadata;
import id.bpjstk.desasadar.base.ui.LimitedUpload;
import id.bpjstk.desasadar.base.ui.Attribution;
import id.bpjstk.desasadar.territory.AreaImportService;
import id.bpjstk.desasadar.territory.ImportProblem;
import id.bpjstk.desasadar.territory.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The administrator uploads centroids (CSV), boundaries (GeoJSON) or the upstream SQL files; the import
 * runs in the background with a progress bar and ends with a summary and a downloadable problem list.
 */
@Route("admin/import")
@RolesAllowed("ADMIN")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** Larger files are refused before reading: the biggest real one (Jawa Timur villages) is 20 MB. */
    static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final int PROBLEMS_SHOWN = 500;

    private final AreaImportService importer;
    private final Executor executor;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressLabel = new Span();
    private final Div result = new Div();

    ImportView(AreaImportService importer, Executor applicationTaskExecutor) {
        this.importer = importer;
        this.executor = applicationTaskExecutor;
        addClassName("import-view");

        var upload = LimitedUpload.toTempFile(MAX_BYTES, this::uploaded);
        upload.setAcceptedFileTypes(".csv", ".geojson", ".json", ".sql");
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> notifyError(getTranslation("import.rejected", e.getErrorMessage())));

        progress.setVisible(false);
        progressLabel.setVisible(false);
        result.addClassName("import-result");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload,
                progressLabel, progress, result, new Attribution());
    }

    private void uploaded(UploadMetadata meta, File file) {
        UI ui = UI.getCurrent();
        ui.access(() -> {
            result.removeAll();
            progress.setValue(0);
            progress.setVisible(true);
            progressLabel.setText(getTranslation("import.running", meta.fileName()));
            progressLabel.setVisible(true);
            ui.setPollInterval(500); // the progress bar updates on each poll
        });
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            ImportReport report;
            try (var in = new FileInputStream(file)) {
                report = importer.importFile(meta.fileName(), in, file.length(),
                        fraction -> ui.access(() -> progress.setValue(fraction)));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> {
                    finish(ui);
                    notifyError(getTranslation("import.failed", e.getMessage()));
                });
                return;
            } finally {
                file.delete();
            }
            ui.access(() -> {
                finish(ui);
                showReport(report);
            });
        }));
    }

    private void finish(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        progressLabel.setVisible(false);
    }

    private void showReport(ImportReport r) {
        result.removeAll();
        var summary = new Paragraph(getTranslation("import.summary", r.fileName(), r.rowsRead(), r.matched(), r.changed(),
                r.unknownCodes(), r.invalidRows()));
        summary.addClassName("import-summary");
        result.add(summary);
        if (r.fileError() != null) {
            var error = new Paragraph(getTranslation("import.file-error", r.fileError()));
            error.addClassName("import-file-error");
            result.add(error);
        }
        if (!r.problems().isEmpty() || r.fileError() != null) {
            byte[] csv = r.problemsCsv().getBytes(StandardCharsets.UTF_8);
            String name = "import-problems-" + r.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
            var download = new Anchor(DownloadHandler.fromInputStream(
                    e -> new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv", csv.length)),
                    getTranslation("import.download"));
            download.addClassName("import-download");
            result.add(download);
        }
        if (!r.problems().isEmpty()) {
            var grid = new Grid<ImportProblem>();
            grid.addColumn(ImportProblem::row).setHeader(getTranslation("import.col.row")).setAutoWidth(true);
            grid.addColumn(ImportProblem::code).setHeader(getTranslation("import.col.code")).setAutoWidth(true);
            grid.addColumn(p -> getTranslation("import.problem." + p.kind().name())).setHeader(getTranslation("import.col.problem")).setAutoWidth(true);
            grid.addColumn(ImportProblem::reason).setHeader(getTranslation("import.col.reason")).setFlexGrow(1);
            grid.setItems(r.problems().subList(0, Math.min(PROBLEMS_SHOWN, r.problems().size())));
            grid.setAllRowsVisible(r.problems().size() <= 10);
            result.add(grid);
        }
    }

    private static void notifyError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
