package id.bpjstk.desasadar.enrollment;

import static id.bpjstk.desasadar.enrollment.WorkerServiceTest.SURABAYA_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.bpjstk.desasadar.IntegrationTest;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.audit.AuditService;
import id.bpjstk.desasadar.audit.AuditTrail;
import id.bpjstk.desasadar.base.security.AreaScope;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import id.bpjstk.desasadar.enrollment.WorkerService.NikLookup;
import id.bpjstk.desasadar.partner.Funding;
import id.bpjstk.desasadar.partner.PartnerService;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 13, item 6 (found by {@code PagesUnderLoadBenchmark}): a partner's read and its audit record take one pooled
 * connection, not two. They took two (the read's transaction, and a new one for the record), so ten partners opening
 * their grids while streamed exports held half the pool each held a connection and waited for a second: the pool ran
 * dry and every page of every user waited the pool's 30 s timeout.
 */
@IntegrationTest
class PartnerReadConnectionsTest {

    static final String PARTNER = "pemkot.surabaya";

    @Autowired WorkerService workers;
    @Autowired WorkerQueries workerQueries;
    @Autowired ContributionService contributions;
    @Autowired PartnerService partners;
    @Autowired UserService users;
    @Autowired AuditService audit;
    @Autowired AuditTrail auditTrail;
    @Autowired DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_partners_audited_reads_work_with_a_single_free_connection_in_the_pool() throws Exception {
        SignIn.as(users, "connections-surabaya", Role.COORDINATOR, "35.78");
        long mou = partners.mousCovering(SURABAYA_VILLAGE, WorkerServiceTest.TODAY).stream()
                .filter(m -> m.partnerName().contains("Surabaya")).findFirst().orElseThrow().id();
        String nik = "3578011203859701";
        long id = workers.enroll(WorkerServiceTest.draft(nik, SURABAYA_VILLAGE, Funding.APBD, mou).d()).id();

        SignIn.as(users, PARTNER, Role.PARTNER, "35.78");
        var pool = (HikariDataSource) dataSource;
        List<Connection> held = new ArrayList<>();
        ExecutorService partner = Executors.newSingleThreadExecutor();
        try {
            // every connection but one is taken, as by streamed exports and other users' pages
            while (held.size() < pool.getMaximumPoolSize() - 1) {
                held.add(pool.getConnection());
            }
            // on a thread of its own, so that a read waiting for a second connection fails this test in seconds,
            // not after the pool's 30 s timeout
            Future<?> reads = new DelegatingSecurityContextExecutorService(partner).submit(() -> {
                assertThat(workerQueries.list(WorkerFilter.ALL, 0, 50)).extracting(WorkerView::id).contains(id);
                assertThat(workerQueries.find(id)).isPresent();
                assertThat(workers.lookup(nik)).isInstanceOf(NikLookup.InScope.class);
                assertThat(contributions.ofWorker(id)).isEmpty();
                assertThat(workerQueries.villageOfficials(SURABAYA_VILLAGE)).isEmpty();
            });
            reads.get(10, TimeUnit.SECONDS);
        } finally {
            for (Connection c : held) {
                c.close();
            }
            partner.shutdown();
            assertThat(partner.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        SignIn.as(users, "admin", Role.ADMIN, AreaScope.NATIONAL);
        assertThat(auditTrail.of(PARTNER, 5)).extracting(AuditTrail.AuditEntry::action)
                .as("each read is still on the audit trail")
                .containsExactly("worker.officials", "contribution.read", WorkerScope.LOOKUP_ACTION, "worker.read", "worker.list");
    }
}
