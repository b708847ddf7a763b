package id.bpjstk.desasadar.loadtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A browser on a slow line downloading an export (issue 13, item 6), on a thread of its own beside Gatling's: a plain
 * HTTP/1.1 GET with the user's session cookie on a socket with a small receive buffer, read no faster than the line
 * (the server's writes block once the buffers are full, as behind a slow link). Refused with 429 (the export gate),
 * it clicks again five seconds later; at the end of a file it starts the next. Gatling itself reads as fast as it can,
 * which is why this is not a Gatling request.
 */
final class SlowDownload implements Runnable {

    private static final int CHUNK = 4 * 1024;
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final URI uri;
    private final String cookie;
    private final int bytesPerSecond;
    private final Thread thread = Thread.ofPlatform().name("slow-download").daemon().unstarted(this);
    final AtomicLong bytes = new AtomicLong();
    final AtomicInteger admitted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    private volatile boolean stopped;
    private volatile Socket socket;
    volatile Throwable failure;

    SlowDownload(URI uri, String cookie, int bytesPerSecond) {
        this.uri = uri;
        this.cookie = cookie;
        this.bytesPerSecond = bytesPerSecond;
    }

    void start() {
        thread.start();
    }

    /** Cuts the connection, as a closed browser does. */
    void stop() throws InterruptedException {
        stopped = true;
        try {
            Socket s = socket;
            if (s != null) {
                s.close();
            }
        } catch (IOException ignored) {
            // closing is the point
        }
        thread.interrupt();
        thread.join(10_000);
    }

    @Override
    public void run() {
        while (!stopped) {
            try (Socket s = new Socket()) {
                s.setReceiveBufferSize(Math.max(CHUNK, bytesPerSecond / 4));
                s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
                socket = s;
                OutputStream out = s.getOutputStream();
                out.write(("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\nHost: "
                        + uri.getHost() + ":" + uri.getPort() + "\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                int status = status(in);
                if (status == 429) {
                    refused.incrementAndGet();
                    in.transferTo(OutputStream.nullOutputStream());
                    pauseUntil(System.nanoTime() + RETRY_NANOS);
                } else if (status == 200) {
                    admitted.incrementAndGet();
                    read(in);
                } else {
                    throw new IllegalStateException("the export answered " + status);
                }
            } catch (IOException | RuntimeException e) {
                if (!stopped) {
                    failure = e;
                }
                return;
            }
        }
    }

    private void read(InputStream in) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long start = System.nanoTime();
        long got = 0;
        int n;
        while (!stopped && (n = in.read(buffer)) >= 0) {
            got += n;
            bytes.addAndGet(n);
            pauseUntil(start + got * 1_000_000_000L / bytesPerSecond);
        }
        if (!stopped) {
            completed.incrementAndGet();
        }
    }

    private static int status(InputStream in) throws IOException {
        var header = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            header.write(b);
            String h = header.toString(StandardCharsets.US_ASCII);
            if (h.endsWith("\r\n\r\n")) {
                return Integer.parseInt(h.lines().findFirst().orElse("HTTP/1.1 0").split(" ")[1]);
            }
        }
        throw new IOException("connection closed before the response header ended");
    }

    /** The line's pacing, and the user's pause before clicking again. */
    private void pauseUntil(long due) {
        long left;
        while (!stopped && (left = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
