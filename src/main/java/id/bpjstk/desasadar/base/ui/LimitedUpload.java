package id.bpjstk.desasadar.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload whose limit the server keeps while the file streams in (issue 13, item 4). The component's own limit is
 * checked by the browser only, and Vaadin's temporary-file handler reads whatever a client sends; here a request that
 * announces more than the limit is refused before its first byte is read, and one that does not say (or lies) is cut
 * off as soon as it passes the limit: the server stops reading, deletes what it wrote, and the user is told the limit.
 */
public final class LimitedUpload {

    private static final int BUFFER = 64 * 1024;

    private LimitedUpload() {
    }

    /**
     * An upload of at most {@code maxBytes} to a temporary file, with the app's texts; {@code done} gets the file in
     * the UI's lock, as Vaadin's own temporary-file handler does.
     */
    public static Upload toTempFile(long maxBytes, FileUploadCallback done) {
        var upload = new Upload(handler(maxBytes, done));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        UploadTexts.apply(upload, maxBytes);
        return upload;
    }

    static UploadHandler handler(long maxBytes, FileUploadCallback done) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                String tooBig = event.getUI().getTranslation("upload.too-big", maxBytes / (1024 * 1024));
                if (event.getFileSize() > maxBytes) {
                    event.reject(tooBig);
                    return;
                }
                Path file = Files.createTempFile("upload-", ".tmp");
                long size;
                try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                    size = copyAtMost(in, out, maxBytes);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
                if (size < 0) {
                    Files.deleteIfExists(file);
                    event.reject(tooBig);
                    return;
                }
                var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), size);
                File stored = file.toFile();
                event.getUI().access(() -> {
                    try {
                        done.complete(metadata, stored);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + BUFFER; // a multipart request's headers and boundaries around the file
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }

    /**
     * Copies until the end of {@code in} or until more than {@code maxBytes} have come, whichever is first: never
     * reads more than the limit and one buffer.
     *
     * @return the bytes copied, or -1 when the stream is longer than the limit
     */
    static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
