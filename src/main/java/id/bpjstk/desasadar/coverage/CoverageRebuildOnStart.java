package id.bpjstk.desasadar.coverage;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command-line switch {@code --app.coverage.rebuild-on-start=true} (or the environment variable
 * {@code APP_COVERAGE_REBUILD_ON_START=true}): rebuilds the coverage store from the raw tables once the application
 * has started, e.g. after restoring a backup or loading rows around the services.
 */
@Component
@ConditionalOnProperty(name = "app.coverage.rebuild-on-start", havingValue = "true")
class CoverageRebuildOnStart implements ApplicationRunner {

    private final CoverageService coverage;
    private final TransactionTemplate tx;

    CoverageRebuildOnStart(CoverageService coverage, TransactionTemplate tx) {
        this.coverage = coverage;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> coverage.rebuildAll());
    }
}
