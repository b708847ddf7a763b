package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadMetadata;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.importing.ImportCounts;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.importing.RejectionReport;
import id.bpjstk.desasadar.base.io.Progress;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The one import component of every import page (workers, contributions, UMKM, targets, work sites, areas): the
 * upload with the import's limit, the choice of mode where the import offers both, then, in the background, a progress
 * bar and a cancel button while the page polls, and at the end a summary and the report of rejected records, rendered
 * in the user's language when downloaded. A page that is nothing but an import extends it; a page with more embeds it.
 *
 * <p>Over 250 lines on purpose: the upload, the background run and the summary share the panel's state (mode, cancel
 * flag, the report on offer), and splitting them would pass that state around for no reader's gain.
 */
public class ImportPanel extends VerticalLayout {

    /** How one kind of import runs: the import services' common signature, from the panel's point of view. */
    @FunctionalInterface
    public interface Importer {
        ImportResult importFile(Path file, String fileName, ImportMode mode, Progress progress, BooleanSupplier cancelled);
    }

    /**
     * What differs between the imports.
     *
     * @param keys            prefix of the import's own message keys: title, help, summary, report, and as its modes
     *                        need rolled-back, cancelled, cancelled-all (a sample link when {@code sample} is given).
     *                        Summaries get the counts: stored, duplicates, rejected, read
     * @param columns         the file's header, in the order of the sample row (none: not a CSV import)
     * @param optionalColumns columns a file may add
     * @param sample          the downloadable sample file (header and valid rows), or {@code null} for none
     * @param fileStem        names the sample and report files
     * @param maxBytes        the largest upload
     * @param fileTypes       accepted extensions and media types
     * @param modes           the modes offered; with one, no choice is shown
     * @param heading         the title as a page's heading, a section's, or none (the page shows it itself)
     * @param afterwards      a route the summary links to, with the message key of the link's text, or {@code null}
     */
    public record Kind(String keys, List<String> columns, List<String> optionalColumns, String sample, String fileStem,
                       long maxBytes, List<String> fileTypes, List<ImportMode> modes, Heading heading, Link afterwards) {

        /** A CSV import page offering both modes, linking to the worker grid afterwards (workers, contributions, UMKM). */
        public static Kind csvPage(String keys, List<String> columns, List<String> optionalColumns, String sampleRow,
                                   String fileStem, long maxBytes) {
            return new Kind(keys, columns, optionalColumns, String.join(";", columns) + "\n" + sampleRow + "\n", fileStem, maxBytes,
                    List.of(".csv", "text/csv"), List.of(ImportMode.values()), Heading.PAGE, new Link("peserta", "worker.import.to-grid"));
        }
    }

    /** Where the import's title goes. */
    public enum Heading {
        /** The page's own heading: the panel is the page. */
        PAGE,
        /** A section's heading on a page with more. */
        SECTION,
        /** No heading: the page shows the title itself (in a collapsible box, say). */
        NONE
    }

    /** A link shown under the summary. */
    public record Link(String route, String textKey) {
    }

    private final Importer importer;
    private final Kind kind;
    private final Executor executor;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressLabel = new Span();
    private final Button cancel = new Button();
    private final Div result = new Div();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Runnable stored = () -> { };
    private RejectionReport report;

    public ImportPanel(Importer importer, Kind kind, Executor applicationTaskExecutor) {
        this.importer = importer;
        this.kind = kind;
        this.executor = applicationTaskExecutor;
        addClassName("import-panel");

        mode.setLabel(getTranslation("import.csv.mode"));
        mode.setItems(kind.modes());
        mode.setItemLabelGenerator(m -> getTranslation("import.csv.mode." + m.name()));
        mode.setValue(kind.modes().getFirst());
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.addClassName("import-mode");
        mode.setVisible(kind.modes().size() > 1);

        upload = LimitedUpload.toTempFile(kind.maxBytes(), this::uploaded);
        upload.setAcceptedFileTypes(kind.fileTypes().toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> notifyError(getTranslation("import.rejected", e.getErrorMessage())));
        upload.addClassName("import-upload");

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

        String title = getTranslation(kind.keys() + ".title");
        switch (kind.heading()) {
            case PAGE -> add(new H2(title));
            case SECTION -> add(new H3(title));
            case NONE -> { }
        }
        add(new Paragraph(getTranslation(kind.keys() + ".help")));
        if (!kind.columns().isEmpty()) {
            var columns = new Paragraph(getTranslation("import.csv.columns", String.join(";", kind.columns())));
            columns.addClassName("import-columns");
            columns.getStyle().set("overflow-wrap", "anywhere"); // one long word of column names, on a phone too
            add(columns);
        }
        if (!kind.optionalColumns().isEmpty()) {
            var optional = new Paragraph(getTranslation("import.csv.optional-columns", String.join(";", kind.optionalColumns())));
            optional.addClassName("import-columns");
            optional.getStyle().set("overflow-wrap", "anywhere");
            add(optional);
        }
        if (kind.sample() != null) {
            add(new DownloadLink(getTranslation(kind.keys() + ".sample"), "contoh-" + kind.fileStem() + ".csv", "text/csv",
                    out -> out.write(kind.sample())));
        }
        add(mode, upload, progressLabel, progress, cancel, result);
    }

    /** Called in the UI's lock after an import that stored something, e.g. to refresh the page's grid. */
    public void onStored(Runnable action) {
        this.stored = action;
    }

    private void uploaded(UploadMetadata meta, File file) {
        UI ui = UI.getCurrent();
        ImportMode chosen = mode.getValue();
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
                        fraction -> ui.access(() -> progress.setValue(fraction)), cancelled::get);
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
        var summary = new Paragraph(getTranslation(key, c.inserted(), c.duplicates(), c.rejected(), outcome.read()));
        summary.addClassName("import-summary");
        result.add(summary);
        if (outcome.report().count() > 0 && isAttached()) {
            report = outcome.report();
            result.add(new Div(ReportDownload.link(report, "laporan-impor-" + kind.fileStem() + ".csv",
                    getTranslation(kind.keys() + ".report"), getLocale())));
        } else {
            outcome.report().delete();
        }
        if (kind.afterwards() != null) {
            var next = new Anchor(kind.afterwards().route(), getTranslation(kind.afterwards().textKey()));
            next.addClassName("import-to-grid");
            result.add(new Div(next));
        }
        if (c.inserted() + c.duplicates() > 0 && outcome.outcome() != ImportResult.Outcome.ROLLED_BACK) {
            stored.run();
        }
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
            report.delete();
            report = null;
        }
    }

    private static void notifyError(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
