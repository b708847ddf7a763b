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
}
