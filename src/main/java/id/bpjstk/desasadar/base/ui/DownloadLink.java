package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A link that writes an export when clicked. The download request carries the user's session, so the
 * export runs under the clicking user's scope, like every other read.
 */
public class DownloadLink extends Anchor {

    @FunctionalInterface
    public interface Export {
        void write(Writer out) throws IOException;
    }

    public DownloadLink(String text, String fileName, String contentType, Export export) {
        super(DownloadHandler.fromInputStream(e -> {
            var out = new StringWriter();
            try {
                export.write(out);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), text);
        addClassName("export-link");
    }

    /** An export that writes bytes as it reads them, for exports too large to hold in memory. */
    @FunctionalInterface
    public interface StreamedExport {
        void write(java.io.OutputStream out) throws IOException;
    }

    /**
     * A link whose export is streamed to the browser as it is written (millions of rows never sit in memory). It runs
     * on the download request, which carries the user's session and so their scope.
     */
    public static Anchor streamed(String text, String fileName, String contentType, StreamedExport export) {
        var link = new Anchor((com.vaadin.flow.server.streams.DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (var out = event.getOutputStream()) {
                export.write(out);
            }
        }, text);
        link.addClassName("export-link");
        return link;
    }
}
