package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.bpjstk.desasadar.base.io.ExportGate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Function;

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
        void write(OutputStream out) throws IOException;
    }

    /**
     * A link whose export is streamed to the browser as it is written (millions of rows never sit in memory). It runs
     * on the download request, which carries the user's session and so their scope.
     *
     * <p>Such an export may hold a database connection until the browser has the last byte (one of the exports' own
     * pool, {@code ExportConnections}, never one the pages need), so only a few run at once ({@link ExportGate}): past
     * the limit the download is answered 429 with a short text and the page shows why. An export that fails half way
     * (the database gone) ends as a broken download, never as a shorter file that looks complete: see
     * {@link #writeStreamed}.
     */
    public static Anchor streamed(String text, String fileName, String contentType, StreamedExport export) {
        var link = new Anchor(streamedHandler(fileName, contentType, export, DownloadLink::gate), text);
        link.addClassName("export-link");
        return link;
    }

    static DownloadHandler streamedHandler(String fileName, String contentType, StreamedExport export,
                                           Function<DownloadEvent, ExportGate> gates) {
        return event -> {
            Optional<ExportGate.Permit> permit = gates.apply(event).tryEnter(user(event));
            if (permit.isEmpty()) {
                refuse(event);
                return;
            }
            try (var place = permit.get()) {
                event.setFileName(fileName);
                event.setContentType(contentType);
                writeStreamed(event.getOutputStream(), export);
            }
        };
    }

    /**
     * Writes the export and ends the response only when it succeeded. Closing a servlet response's stream sends its
     * clean end (the last chunk), so a failed export must leave it open and throw: the exception then reaches the
     * servlet container with the response committed, and the container breaks the connection, which the browser reports
     * as a failed download.
     */
    static void writeStreamed(OutputStream out, StreamedExport export) throws IOException {
        export.write(out);
        out.close();
    }

    private static ExportGate gate(DownloadEvent event) {
        return event.getSession().getService().getInstantiator().getOrCreate(ExportGate.class);
    }

    /** The signed-in user, or the session for a request without one (such a request is refused by security anyway). */
    private static String user(DownloadEvent event) {
        Principal principal = event.getRequest().getUserPrincipal();
        return principal != null ? principal.getName() : "session:" + event.getSession().getSession().getId();
    }

    private static void refuse(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        String message = ui != null ? ui.getTranslation("export.busy") : "Too many downloads running; try again shortly.";
        event.getResponse().setStatus(TOO_MANY_REQUESTS);
        event.getResponse().setContentType("text/plain; charset=UTF-8");
        try (var out = event.getOutputStream()) {
            out.write(message.getBytes(StandardCharsets.UTF_8));
        }
        if (ui != null) {
            ui.access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING));
        }
    }

    private static final int TOO_MANY_REQUESTS = 429;
}
