package id.bpjstk.desasadar.base.security;

import id.bpjstk.desasadar.base.cache.BoundedMap;
import id.bpjstk.desasadar.base.cache.LocalCache;
import id.bpjstk.desasadar.base.cache.LocalCaches;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins, counted per account and per address (issue 13, item 7; docs/decisions/019-sign-in-throttling.md).
 * <p>
 * Per account, in the database so that all nodes agree: after {@code free-failures} failures in a row (5) the account
 * waits {@code first-wait} (30 s), then twice as long after each further failure, at most {@code longest-wait} (15 min);
 * while it waits even the right password is refused. A success, or the administrator, clears the count. Names that
 * belong to no user are counted exactly the same way, so that neither the answer nor its timing tells whether an
 * account exists.
 * <p>
 * Per address, in this node's memory (bucket4j): at most {@code address-failures} failures (20), given back evenly over
 * {@code address-refill} (10 min), so that one address cannot try a few passwords on every account in turn. Spread
 * over several nodes an address gets that many per node; the per-account count holds everywhere.
 */
@Component
public class SignInThrottle {

    /** Addresses followed at most; past it the least recently seen is forgotten (issue 13, item 3). */
    static final int ADDRESSES_KEPT = 10_000;
    private static final int ACCOUNT_KEY_MAX = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int freeFailures;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration forgetAfter;
    private final int addressFailures;
    private final Duration addressRefill;
    private final LocalCache<BoundedMap<String, Bucket>> addresses;

    SignInThrottle(JdbcTemplate jdbc, LocalCaches caches, Clock clock,
                   @Value("${app.security.sign-in.free-failures:5}") int freeFailures,
                   @Value("${app.security.sign-in.first-wait:PT30S}") Duration firstWait,
                   @Value("${app.security.sign-in.longest-wait:PT15M}") Duration longestWait,
                   @Value("${app.security.sign-in.forget-after:PT24H}") Duration forgetAfter,
                   @Value("${app.security.sign-in.address-failures:20}") int addressFailures,
                   @Value("${app.security.sign-in.address-refill:PT10M}") Duration addressRefill) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.forgetAfter = forgetAfter;
        this.addressFailures = addressFailures;
        this.addressRefill = addressRefill;
        this.addresses = caches.create("sign-in addresses", () -> new BoundedMap<>(ADDRESSES_KEPT));
    }

    /** How long this sign-in must still wait (zero: it may be tried), for the account or for the address. */
    @Transactional(readOnly = true)
    public Duration waitFor(String username, String address) {
        long now = clock.millis();
        List<Long> locked = jdbc.queryForList("SELECT locked_until_ms FROM sign_in_failure WHERE account = ? AND locked_until_ms > ?",
                Long.class, accountKey(username), now);
        Duration accountWait = locked.isEmpty() ? Duration.ZERO : Duration.ofMillis(locked.getFirst() - now);
        Bucket bucket = address == null ? null : addresses.get().get(address);
        Duration addressWait = Duration.ZERO;
        if (bucket != null) {
            var probe = bucket.estimateAbilityToConsume(1);
            addressWait = probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        }
        return accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
    }

    /** Counts a failed sign-in; returns how long the account must now wait (zero while it still has free tries). */
    @Transactional
    public Duration failed(String username, String address) {
        if (address != null) {
            addresses.get().computeIfAbsent(address, a -> newAddressBucket()).tryConsume(1);
        }
        long now = clock.millis();
        String account = accountKey(username);
        jdbc.update("""
                INSERT INTO sign_in_failure (account, failures, last_failure_ms) VALUES (?, 1, ?)
                ON DUPLICATE KEY UPDATE failures = IF(last_failure_ms < ?, 1, failures + 1), last_failure_ms = VALUES(last_failure_ms)""",
                account, now, now - forgetAfter.toMillis());
        int failures = jdbc.queryForObject("SELECT failures FROM sign_in_failure WHERE account = ?", Integer.class, account);
        Duration wait = waitAfter(failures);
        if (!wait.isZero()) {
            jdbc.update("UPDATE sign_in_failure SET locked_until_ms = ? WHERE account = ?", now + wait.toMillis(), account);
        }
        // old counts are of no use: keep the table to about a day of failures (a few rows per call at most)
        jdbc.update("DELETE FROM sign_in_failure WHERE last_failure_ms < ? AND (locked_until_ms IS NULL OR locked_until_ms < ?) LIMIT 10",
                now - forgetAfter.toMillis(), now);
        return wait;
    }

    /** A successful sign-in clears the account's count. */
    @Transactional
    public void succeeded(String username) {
        forget(username);
    }

    /** Clears the account's count and wait (the administrator's unlock; a successful sign-in). */
    @Transactional
    public void forget(String username) {
        jdbc.update("DELETE FROM sign_in_failure WHERE account = ?", accountKey(username));
    }

    /** Until when the account waits, if it does now. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> lockedUntil(String username) {
        return jdbc.queryForList("SELECT locked_until_ms FROM sign_in_failure WHERE account = ? AND locked_until_ms > ?",
                Long.class, accountKey(username), clock.millis()).stream().findFirst().map(java.time.Instant::ofEpochMilli);
    }

    /** The wait after this many failures in a row: none for the free ones, then doubling from the first wait, capped. */
    Duration waitAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private Bucket newAddressBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(addressFailures).refillGreedy(addressFailures, addressRefill).build())
                .build();
    }

    /**
     * The account as counted: the name as typed, trimmed and lower-cased (the database compares user names without
     * case), a long one shortened with a hash so that any input fits the column.
     */
    static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() <= ACCOUNT_KEY_MAX) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return name.substring(0, 31) + "#" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
