package id.bpjstk.desasadar.base.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports how far a stream of known length has been read, at most once per percent. */
public class CountingInputStream extends FilterInputStream {

    private final long length;
    private final Progress progress;
    private long read;
    private int lastPercent = -1;

    public CountingInputStream(InputStream in, long length, Progress progress) {
        super(in);
        this.length = length;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        read += n;
        if (length > 0) {
            int percent = (int) Math.min(100, read * 100 / length);
            if (percent != lastPercent) {
                lastPercent = percent;
                progress.update(percent / 100.0);
            }
        }
    }
}
