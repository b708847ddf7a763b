package id.bpjstk.desasadar.planning.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feed tokens (table of V031). A token is 32 random bytes (256 bits) in URL-safe Base64; only its SHA-256 is
 * stored. A slow password hash is not needed: nobody can guess 256 random bits, so the hash only has to keep a copy of
 * the table from opening calendars, and a plain digest lets the feed find its row by an index lookup.
 */
@Component
class FeedTokens {

    /** 32 bytes in unpadded URL-safe Base64. */
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    FeedTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the user; the old one, if any, stops working in the same statement. */
    String replace(long userId, LocalDateTime now) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbc.update("""
                INSERT INTO calendar_feed_token (user_id, token_hash, created_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash), created_at = VALUES(created_at)""",
                userId, hash(token), now);
        return token;
    }

    void revoke(long userId) {
        jdbc.update("DELETE FROM calendar_feed_token WHERE user_id = ?", userId);
    }

    Optional<LocalDateTime> createdAt(long userId) {
        List<LocalDateTime> rows = jdbc.queryForList("SELECT created_at FROM calendar_feed_token WHERE user_id = ?",
                LocalDateTime.class, userId);
        return rows.stream().findFirst();
    }

    /** The username whose token this is; empty for a malformed, unknown or replaced token alike. */
    Optional<String> owner(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.queryForList("""
                SELECT u.username FROM calendar_feed_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ?""", String.class, hash(token)).stream().findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
