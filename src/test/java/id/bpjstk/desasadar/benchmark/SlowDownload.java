package id.bpjstk.desasadar.benchmark;

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
 * A browser on a slow line downloading an export: a plain HTTP/1.1 GET with the user's session cookie on a socket
 * whose receive buffer is small, read in small chunks no faster than {@code bytesPerSecond} (the simulated
 * bandwidth: the server's writes block once the socket buffers are full, as they would behind a slow link). A
 * download refused with 429 ({@code ExportGate}) is tried again five seconds later, as a user clicking again would.
 * Runs until {@link #stop}, which cuts the connection like a closed browser.
 */
final class SlowDownload implements Runnable {

    static final int CHUNK = 4 * 1024;
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final URI uri;
    private final String cookie;
    private final int bytesPerSecond;
    private final Thread thread;
    final AtomicLong bytes = new AtomicLong();
    final AtomicInteger admitted = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    private volatile boolean streaming;
    private volatile boolean stopped;
    private volatile Socket socket;
    private volatile Throwable failure;

    SlowDownload(URI uri, String cookie, int bytesPerSecond) {
        this.uri = uri;
        this.cookie = cookie;
        this.bytesPerSecond = bytesPerSecond;
        this.thread = Thread.ofPlatform().name("slow-download").daemon().unstarted(this);
    }

    void start() {
        thread.start();
    }

    /** Receiving a file (admitted, and not yet at its end). */
    boolean streaming() {
        return streaming;
    }

    Throwable failure() {
        return failure;
    }

    void stop() throws InterruptedException {
        stopped = true;
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is the point
            }
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
                out.write(("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                        + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                int status = status(in);
                if (status == 429) {
                    refused.incrementAndGet();
                    in.transferTo(OutputStream.nullOutputStream());
                    pauseUntil(System.nanoTime() + RETRY_NANOS);
                    continue;
                }
                if (status != 200) {
                    throw new IllegalStateException("export answered " + status);
                }
                admitted.incrementAndGet();
                streaming = true;
                read(in);
            } catch (IOException e) {
                if (!stopped) {
                    failure = e;
                    return;
                }
            } catch (RuntimeException e) {
                failure = e;
                return;
            } finally {
                streaming = false;
            }
        }
    }

    /** Reads the body at the simulated bandwidth until its end or until stopped. */
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

    /** The status code of the response; consumes its header. */
    private static int status(InputStream in) throws IOException {
        var header = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            header.write(b);
            byte[] h = header.toByteArray();
            int l = h.length;
            if (l >= 4 && h[l - 4] == '\r' && h[l - 3] == '\n' && h[l - 2] == '\r' && h[l - 1] == '\n') {
                String first = header.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
                return Integer.parseInt(first.split(" ")[1]);
            }
        }
        throw new IOException("connection closed before the response header ended");
    }

    /** The bandwidth's pacing (and the user's pause before clicking again): not a wait for a condition. */
    private void pauseUntil(long due) {
        long left;
        while (!stopped && (left = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
