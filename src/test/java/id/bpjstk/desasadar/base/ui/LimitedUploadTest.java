package id.bpjstk.desasadar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The server keeps an upload's limit while the file streams in (issue 13, item 4). */
class LimitedUploadTest {

    static final long LIMIT = 1024 * 1024;

    @Test
    void an_endless_upload_is_cut_off_just_past_the_limit_and_never_read_to_its_end() throws Exception {
        var endless = new CountingZeros();
        var written = new ByteArrayOutputStream();

        assertThat(LimitedUpload.copyAtMost(endless, written, LIMIT)).as("over the limit").isEqualTo(-1);
        assertThat(endless.read).as("bytes read from the client").isLessThanOrEqualTo(LIMIT + 64 * 1024);
        assertThat(written.size()).as("bytes written").isLessThanOrEqualTo((int) LIMIT);
    }

    @Test
    void a_file_up_to_the_limit_is_copied_whole() throws Exception {
        byte[] file = new byte[(int) LIMIT];
        file[file.length - 1] = 7;
        var written = new ByteArrayOutputStream();

        assertThat(LimitedUpload.copyAtMost(new ByteArrayInputStream(file), written, LIMIT)).isEqualTo(LIMIT);
        assertThat(written.toByteArray()).isEqualTo(file);
    }

    /** A client that never stops sending. */
    private static final class CountingZeros extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
