package id.bpjstk.desasadar.territory.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.ui.Attribution;
import id.bpjstk.desasadar.base.ui.ImportPanel;
import id.bpjstk.desasadar.territory.AreaImportService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * The administrator uploads centroids (CSV), boundaries (GeoJSON) or the upstream SQL files; the import runs in the
 * background ({@link ImportPanel}) and ends with a summary and a downloadable report of the rows not applied.
 */
@Route("admin/import")
@RolesAllowed("ADMIN")
class ImportView extends ImportPanel implements HasDynamicTitle {

    /** Larger files are refused before reading: the biggest real one (Jawa Timur villages) is 20 MB. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    ImportView(AreaImportService importer, Executor applicationTaskExecutor) {
        super((file, fileName, mode, progress, cancelled) -> read(importer, file, fileName, progress, cancelled),
                new Kind("import", List.of(), List.of(), null, "wilayah", MAX_BYTES, List.of(".csv", ".geojson", ".json", ".sql"),
                        List.of(ImportMode.ACCEPT_VALID), Heading.PAGE, null), applicationTaskExecutor);
        addClassName("import-view");
        add(new Attribution());
    }

    private static ImportResult read(AreaImportService importer, Path file, String fileName, Progress progress,
                                     BooleanSupplier cancelled) {
        try (InputStream in = Files.newInputStream(file)) {
            return importer.importFile(fileName, in, Files.size(file), progress, cancelled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
