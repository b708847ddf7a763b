package id.bpjstk.desasadar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import id.bpjstk.desasadar.base.io.ExportGate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DownloadLinkTest {

    /** A response body that remembers whether it was closed (closing a servlet response's stream ends it cleanly). */
    static final class Body extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void an_export_that_fails_half_way_leaves_the_response_open_so_the_server_breaks_the_transfer() {
        var body = new Body();
        assertThatThrownBy(() -> DownloadLink.writeStreamed(body, out -> {
            out.write("nik;nama\n1;Ani\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("database gone");
        })).hasMessageContaining("database gone");
        assertThat(body.closed).as("a closed response would end as a complete-looking file").isFalse();
    }

    @Test
    void a_third_download_of_the_same_user_is_refused_at_once_with_429_and_a_reason() throws IOException {
        var gate = new ExportGate(10, 2);
        gate.tryEnter("ani").orElseThrow();
        gate.tryEnter("ani").orElseThrow();
        boolean[] ran = {false};
        var handler = DownloadLink.streamedHandler("peserta.csv", "text/csv", out -> ran[0] = true, e -> gate);
        var body = new Body();
        VaadinResponse response = mock(VaadinResponse.class);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getUserPrincipal()).thenReturn(() -> "ani");
        DownloadEvent event = mock(DownloadEvent.class);
        when(event.getRequest()).thenReturn(request);
        when(event.getResponse()).thenReturn(response);
        when(event.getOutputStream()).thenReturn(body);

        handler.handleDownloadRequest(event);

        assertThat(ran[0]).as("the export did not run").isFalse();
        verify(response).setStatus(429);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("Too many downloads");
    }

    @Test
    void a_download_gives_its_place_back_when_it_ends_even_when_it_fails() {
        var gate = new ExportGate(1, 2);
        var handler = DownloadLink.streamedHandler("peserta.csv", "text/csv", out -> {
            throw new IOException("database gone");
        }, e -> gate);
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getUserPrincipal()).thenReturn(() -> "ani");
        DownloadEvent event = mock(DownloadEvent.class);
        when(event.getRequest()).thenReturn(request);
        when(event.getOutputStream()).thenReturn(new Body());

        assertThatThrownBy(() -> handler.handleDownloadRequest(event)).hasMessageContaining("database gone");
        assertThat(gate.tryEnter("budi")).isPresent();
    }

    @Test
    void an_export_that_succeeds_ends_the_response() throws IOException {
        var body = new Body();
        DownloadLink.writeStreamed(body, out -> out.write('x'));
        assertThat(body.closed).isTrue();
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("x");
    }
}
