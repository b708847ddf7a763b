-- The secret address of each user's calendar feed (/kalender/{token}.ics). Only the SHA-256 of the token is kept:
-- a copy of this table does not open anyone's calendar. One row per user; a new address replaces the old one,
-- which then answers 404 (decision 013).
CREATE TABLE calendar_feed_token (
    user_id    BIGINT   NOT NULL PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT uq_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
