package id.bpjstk.desasadar.coverage;

import id.bpjstk.desasadar.base.cluster.ClusterDuties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the coverage store from the raw tables once the application has started: when asked with the
 * command-line switch {@code --app.coverage.rebuild-on-start=true} (or {@code APP_COVERAGE_REBUILD_ON_START=true}),
 * e.g. after restoring a backup or loading rows around the services; and by itself when the store is empty while
 * workers, agents or held events exist (the first start after V015 on an existing database). Of several nodes started
 * with the switch within ten minutes, one rebuilds (decision 021).
 */
@Component
class CoverageRebuildOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CoverageRebuildOnStart.class);

    /** Nodes started within this time of a rebuild do not rebuild again. */
    private static final Duration QUIET = Duration.ofMinutes(10);

    private final CoverageRebuild coverage;
    private final ClusterDuties duties;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final boolean asked;

    CoverageRebuildOnStart(CoverageRebuild coverage, ClusterDuties duties, TransactionTemplate tx, JdbcTemplate jdbc,
                           @Value("${app.coverage.rebuild-on-start:false}") boolean asked) {
        this.coverage = coverage;
        this.duties = duties;
        this.tx = tx;
        this.jdbc = jdbc;
        this.asked = asked;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (asked || emptyButNeeded()) {
            duties.once("coverage-rebuild-on-start", QUIET, () -> {
                log.info("Rebuilding the coverage store ({})", asked ? "app.coverage.rebuild-on-start" : "empty store, existing data");
                tx.executeWithoutResult(status -> coverage.rebuildAll());
            });
        }
    }

    private boolean emptyButNeeded() {
        return !exists("SELECT 1 FROM coverage_cell") && (exists("SELECT 1 FROM worker") || exists("SELECT 1 FROM agent")
                || exists("SELECT 1 FROM outreach_event WHERE status = 'HELD'"));
    }

    private boolean exists(String select) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (" + select + ")", Boolean.class));
    }
}
