package id.bpjstk.desasadar.planning.calendar;

import java.time.LocalDateTime;

/**
 * The caller's feed: whether one is active and since when; {@code url} only right after it was made, because only
 * the token's hash is kept (decision 013).
 */
public record FeedAddress(boolean active, LocalDateTime createdAt, String url) {

    static final FeedAddress NONE = new FeedAddress(false, null, null);
}
