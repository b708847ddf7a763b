package id.bpjstk.desasadar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void an_export_that_succeeds_ends_the_response() throws IOException {
        var body = new Body();
        DownloadLink.writeStreamed(body, out -> out.write('x'));
        assertThat(body.closed).isTrue();
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("x");
    }
}
