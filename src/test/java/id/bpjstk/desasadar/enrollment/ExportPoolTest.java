package id.bpjstk.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.AuditTrail;
import id.bpjstk.desasadar.base.db.ExportConnections;
import id.bpjstk.desasadar.base.io.ExportFormat;
import id.bpjstk.desasadar.base.io.ExportGate;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/**
 * Issue 13, item 6 (decision 026): streamed exports read over a pool of their own, one connection per place of the
 * {@link ExportGate}. With every place taken by an export whose browser receives nothing (a slow line), the pages' pool
 * is untouched: every one of its connections but one can be taken and a partner's grid page still reads with the last.
 * Before, the exports held half of the pages' pool and up to 42 page requests queued behind them.
 */
@IntegrationTest
class ExportPoolTest {

    static final String PARTNER = "pemkot.surabaya";

    @Autowired WorkerExport exports;
    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired AuditTrail auditTrail;
    @Autowired ExportGate gate;
    @Autowired ExportConnections exportPool;
    @Autowired DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void with_every_export_place_streaming_to_a_stalled_browser_a_partners_page_still_gets_a_connection() throws Exception {
        assertThat(exportPool.size()).as("one export connection per place of the gate").isEqualTo(gate.overallLimit());
        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        int places = gate.overallLimit();
        var streaming = new CountDownLatch(places);
        var browsersGoOn = new CountDownLatch(1);
        ExecutorService downloads = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(places));
        ExecutorService page = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor());
        var pagesPool = (HikariDataSource) dataSource;
        List<Connection> held = new ArrayList<>();
        List<Future<String>> files = new ArrayList<>();
        try {
            for (int i = 0; i < places; i++) {
                files.add(downloads.submit(() -> {
                    var browser = new StalledBrowser(streaming, browsersGoOn);
                    exports.workers(WorkerFilter.ALL, ExportFormat.CSV, browser);
                    return browser.toString(StandardCharsets.UTF_8);
                }));
            }
            assertThat(streaming.await(60, TimeUnit.SECONDS)).as("every export started writing").isTrue();
            assertThat(exportPool.usage().getActiveConnections()).as("each export holds its connection").isEqualTo(places);

            // other users' pages take every connection of the pages' pool but one: the exports hold none of them
            while (held.size() < pagesPool.getMaximumPoolSize() - 1) {
                held.add(pagesPool.getConnection());
            }
            Future<List<WorkerView>> grid = page.submit(() -> workerQueries.list(WorkerFilter.ALL, 0, 50));
            assertThat(grid.get(30, TimeUnit.SECONDS)).as("the partner's grid page while every export streams").isNotNull();
        } finally {
            for (Connection c : held) {
                c.close();
            }
            browsersGoOn.countDown();
            downloads.shutdown();
            page.shutdown();
            assertThat(downloads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(page.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<String> file : files) {
            assertThat(file.get()).as("each export arrives whole once its browser reads again").startsWith("\uFEFFnik;nama;");
        }

        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        List<String> trail = new ArrayList<>(List.of("worker.list"));
        trail.addAll(Collections.nCopies(places, "worker.export"));
        assertThat(auditTrail.of(PARTNER, places + 1)).extracting(AuditTrail.AuditEntry::action)
                .as("the grid page after each export on the audit trail (recorded over the export's own connection, before its rows)")
                .containsExactlyElementsOf(trail);
    }

    @Test
    void an_export_whose_download_is_cut_stays_on_the_audit_trail() {
        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        var closedBrowser = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        assertThatThrownBy(() -> exports.contributions(WorkerFilter.ALL, ExportFormat.CSV, closedBrowser))
                .as("the export fails with its download").hasRootCauseMessage("Broken pipe");

        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        assertThat(auditTrail.of(PARTNER, 1)).extracting(AuditTrail.AuditEntry::action)
                .as("rows may have reached the browser: the record was committed before them").containsExactly("contribution.export");
    }

    /** A browser on a line that has stalled: the export's first write blocks until the test lets it go on. */
    private static final class StalledBrowser extends ByteArrayOutputStream {
        private final CountDownLatch streaming;
        private final CountDownLatch goOn;
        private boolean started;

        StalledBrowser(CountDownLatch streaming, CountDownLatch goOn) {
            this.streaming = streaming;
            this.goOn = goOn;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            stall();
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            stall();
            super.write(b);
        }

        private void stall() {
            if (started) {
                return;
            }
            started = true;
            streaming.countDown();
            try {
                if (!goOn.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the export go on");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(new InterruptedIOException("interrupted while stalled"));
            }
        }

        @Override
        public void close() throws IOException {
            // a response stream stays open for the download link to close (DownloadLink.writeStreamed)
        }
    }
}
