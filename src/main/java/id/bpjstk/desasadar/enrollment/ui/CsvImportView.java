package id.bpjstk.desasadar.enrollment.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import id.bpjstk.desasadar.base.ui.LimitedUpload;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.i18n.AppI18nProvider;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.ui.DownloadLink;
import id.bpjstk.desasadar.enrollment.importing.ImportCounts;
import id.bpjstk.desasadar.enrollment.importing.ImportMode;
import id.bpjstk.desasadar.enrollment.importing.ImportResult;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A coordinator uploads a CSV file (of workers, of contributions); the import runs in the background with a progress
 * bar and a cancel button, and ends with a summary and a report of every rejected or already stored row. Like the
 * area import ({@code territory/ui/ImportView}), the page polls while the import runs.
 */
abstract class CsvImportView extends VerticalLayout implements HasDynamicTitle {

    /** How one kind of import runs: the import services' common signature. */
    @FunctionalInterface
    interface Importer {
        ImportResult importFile(Path file, String fileName, ImportMode mode, Progress progress, BooleanSupplier cancelled,
                                Function<RuleViolation, String> reasonText);
    }

    /**
     * What differs between the imports.
     *
     * @param keys       prefix of the page's own message keys (title, help, sample, summary, rolled-back, cancelled,
     *                   cancelled-all, report)
     * @param columns    the file's header, in the order of the sample row
     * @param optionalColumns columns a file may add
     * @param sampleRow  one valid row for the downloadable sample
     * @param fileStem   names the sample and report files
     */
    record Kind(String keys, java.util.List<String> columns, java.util.List<String> optionalColumns, String sampleRow,
                String fileStem, long maxBytes) {
    }

    private final Importer importer;
    private final Kind kind;
    private final AppI18nProvider i18n;
    private final Executor executor;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressLabel = new Span();
    private final Button cancel = new Button();
    private final Div result = new Div();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Path report;

    CsvImportView(Importer importer, Kind kind, AppI18nProvider i18n, Executor applicationTaskExecutor) {
        this.importer = importer;
        this.kind = kind;
        this.i18n = i18n;
        this.executor = applicationTaskExecutor;
        addClassName("csv-import-view");

        mode.setLabel(getTranslation("import.csv.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("import.csv.mode." + m.name()));
        mode.setValue(ImportMode.ACCEPT_VALID);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.addClassName("import-mode");

        upload = LimitedUpload.toTempFile(kind.maxBytes(), this::uploaded);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> notifyError(getTranslation("import.rejected", e.getErrorMessage())));

        cancel.setText(getTranslation("import.csv.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("cancel-import");
        cancel.addClickListener(e -> {
            cancelled.set(true);
            cancel.setEnabled(false);
        });
        progress.addClassName("import-progress");
        progress.setVisible(false);
        progressLabel.setVisible(false);
        cancel.setVisible(false);
        result.addClassName("import-result");
        result.setWidthFull();

        var columns = new Paragraph(getTranslation("import.csv.columns", String.join(";", kind.columns())));
        columns.addClassName("import-columns");
        columns.getStyle().set("overflow-wrap", "anywhere"); // one long word of column names, on a phone too
        var optional = new Paragraph(getTranslation("import.csv.optional-columns", String.join(";", kind.optionalColumns())));
        optional.addClassName("import-columns");
        optional.setVisible(!kind.optionalColumns().isEmpty());
        var sample = new DownloadLink(getTranslation(kind.keys() + ".sample"), "contoh-" + kind.fileStem() + ".csv", "text/csv",
                out -> out.write(String.join(";", kind.columns()) + "\n" + kind.sampleRow() + "\n"));
        add(new H2(getTranslation(kind.keys() + ".title")), new Paragraph(getTranslation(kind.keys() + ".help")), columns, optional,
                sample, mode, upload, progressLabel, progress, cancel, result);
    }

    private void uploaded(UploadMetadata meta, File file) {
        UI ui = UI.getCurrent();
        ImportMode chosen = mode.getValue();
        Locale locale = ui.getLocale();
        ui.access(() -> {
            cancelled.set(false);
            dropReport();
            result.removeAll();
            progress.setValue(0);
            progress.setVisible(true);
            progressLabel.setText(getTranslation("import.running", meta.fileName()));
            progressLabel.setVisible(true);
            cancel.setEnabled(true);
            cancel.setVisible(true);
            mode.setEnabled(false);
            upload.setEnabled(false);
            ui.setPollInterval(500); // the progress bar updates on each poll
        });
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportResult outcome = importer.importFile(file.toPath(), meta.fileName(), chosen,
                        fraction -> ui.access(() -> progress.setValue(fraction)), cancelled::get,
                        reason -> i18n.getTranslation(reason.messageKey(), locale, reason.args()));
                ui.access(() -> {
                    finish(ui);
                    showResult(outcome, chosen);
                });
            } catch (RuleViolation refused) {
                ui.access(() -> {
                    finish(ui);
                    var error = new Paragraph(getTranslation("import.csv.file-refused",
                            getTranslation(refused.messageKey(), refused.args())));
                    error.addClassName("import-file-error");
                    result.add(error);
                });
            } catch (RuntimeException failed) {
                ui.access(() -> {
                    finish(ui);
                    notifyError(getTranslation("import.failed", failed.getMessage()));
                });
            } finally {
                file.delete();
            }
        }));
    }

    /** The bar stays, full, so that the end of the import is visible; what remains to do is the summary. */
    private void finish(UI ui) {
        ui.setPollInterval(-1);
        progress.setValue(1);
        progressLabel.setVisible(false);
        cancel.setVisible(false);
        mode.setEnabled(true);
        upload.setEnabled(true);
        upload.clearFileList();
    }

    private void showResult(ImportResult outcome, ImportMode chosen) {
        ImportCounts c = outcome.counts();
        String key = switch (outcome.outcome()) {
            case STORED -> kind.keys() + ".summary";
            case ROLLED_BACK -> kind.keys() + ".rolled-back";
            case CANCELLED -> kind.keys() + (chosen == ImportMode.ALL_OR_NOTHING ? ".cancelled-all" : ".cancelled");
        };
        var summary = new Paragraph(getTranslation(key, c.inserted(), c.duplicates(), c.rejected()));
        summary.addClassName("import-summary");
        result.add(summary);
        if (c.duplicates() + c.rejected() > 0 && isAttached()) {
            report = outcome.report();
            var download = new Anchor(DownloadHandler.forFile(report.toFile(), "laporan-impor-" + kind.fileStem() + ".csv"),
                    getTranslation(kind.keys() + ".report"));
            download.addClassName("import-download");
            result.add(new Div(download));
        } else {
            delete(outcome.report());
        }
        var grid = new Anchor("peserta", getTranslation("worker.import.to-grid"));
        grid.addClassName("import-to-grid");
        result.add(new Div(grid));
    }

    /**
     * The report is a temporary file: it goes when the page does (or when the next import replaces it). An import
     * still running goes on: what it stores is not lost by looking at another page.
     */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        dropReport();
    }

    private void dropReport() {
        if (report != null) {
            delete(report);
            report = null;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notifyError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(kind.keys() + ".title");
    }
}
