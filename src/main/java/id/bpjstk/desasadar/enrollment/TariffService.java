package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contribution tariffs: read by everyone who computes or shows a contribution, changed only by an
 * administrator (add a row, end a row; rows are never edited otherwise, so past bills stay explainable).
 * The schedule is small and read on every contribution, so it is cached and dropped after each change
 * commits (one application instance; a second one would see changes after its restart).
 */
@Service
public class TariffService {

    private final TariffRepository tariffs;
    private final CurrentUser currentUser;
    private volatile TariffSchedule cached;

    TariffService(TariffRepository tariffs, CurrentUser currentUser) {
        this.tariffs = tariffs;
        this.currentUser = currentUser;
    }

    /** Every tariff row, as one schedule. */
    @Transactional(readOnly = true)
    public TariffSchedule schedule() {
        TariffSchedule schedule = cached;
        if (schedule == null) {
            schedule = new TariffSchedule(tariffs.findAll().stream().map(Tariff::toRow).toList());
            cached = schedule;
        }
        return schedule;
    }

    /** What a worker with this declared band pays for {@code month}; see {@link TariffSchedule#contribution}. */
    @Transactional(readOnly = true)
    public ContributionBreakdown contribution(YearMonth month, long band, boolean withJht) {
        return schedule().contribution(month, band, withJht);
    }

    /** The income bands that can be declared for {@code month}, lowest first. */
    @Transactional(readOnly = true)
    public List<Long> bands(YearMonth month) {
        return schedule().bands(month);
    }

    /** Adds a row (its id must be null); refused when it clashes with a row of the same kind. */
    @Transactional
    public TariffRow add(TariffRow row) {
        requireAdmin();
        if (row.id() != null) {
            throw new IllegalArgumentException("A new tariff row has no id yet");
        }
        schedule().with(row);
        Tariff saved = tariffs.saveAndFlush(new Tariff(row));
        invalidateAfterCommit();
        return saved.toRow();
    }

    /** Makes row {@code id} valid up to and including {@code lastMonth} (earlier or later than before). */
    @Transactional
    public TariffRow end(long id, YearMonth lastMonth) {
        requireAdmin();
        if (lastMonth == null) {
            throw new RuleViolation("tariff.error.required");
        }
        TariffSchedule current = schedule();
        current.with(current.row(id).endingWith(lastMonth));
        Tariff tariff = tariffs.findById(id).orElseThrow(() -> new RuleViolation("tariff.error.not-found"));
        tariff.endWith(lastMonth);
        TariffRow saved = tariffs.saveAndFlush(tariff).toRow();
        invalidateAfterCommit();
        return saved;
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator changes tariffs");
        }
    }

    /** Dropped after the commit, so that no reader caches the old rows between the write and the commit. */
    private void invalidateAfterCommit() {
        cached = null;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cached = null;
            }
        });
    }
}
