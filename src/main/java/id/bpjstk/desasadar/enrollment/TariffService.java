package id.bpjstk.desasadar.enrollment;

import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import id.bpjstk.desasadar.base.error.RuleViolation;
import id.bpjstk.desasadar.base.security.CurrentUser;
import id.bpjstk.desasadar.base.security.Role;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contribution tariffs: read by everyone who computes or shows a contribution, changed only by an
 * administrator (add a row, end a row; rows are never edited otherwise, so past bills stay explainable).
 * The schedule is small and read on every contribution, so it is cached: a change drops it on this node when it
 * commits and on the other nodes within a poll (decision 022).
 */
@Service
public class TariffService {

    private final TariffRepository tariffs;
    private final CurrentUser currentUser;
    private final LocalCache<TariffSchedule> cached;

    TariffService(TariffRepository tariffs, CurrentUser currentUser, LocalCaches caches) {
        this.tariffs = tariffs;
        this.currentUser = currentUser;
        this.cached = caches.create("tariffs", () -> new TariffSchedule(tariffs.findAll().stream().map(Tariff::toRow).toList()));
    }

    /** Every tariff row, as one schedule. */
    @Transactional(readOnly = true)
    public TariffSchedule schedule() {
        return cached.get();
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
        cached.changed();
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
        cached.changed();
        return saved;
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator changes tariffs");
        }
    }
}
