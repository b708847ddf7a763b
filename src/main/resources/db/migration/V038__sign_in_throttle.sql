-- Failed sign-ins per account (issue 13, item 7; decision 019), in the database so that every node sees them.
-- account: the name as typed at sign-in, lower-cased (a long one shortened with a hash); names that belong to no user
--   are counted the same way, so the answer never tells whether an account exists.
-- failures: failed attempts in a row; from the fifth on, the account waits until locked_until_ms before the next try.
-- Times are epoch milliseconds (UTC), the same on every node whatever its time zone.
CREATE TABLE sign_in_failure (
    account         VARCHAR(64) NOT NULL PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_ms BIGINT      NOT NULL,
    locked_until_ms BIGINT      NULL,
    KEY ix_sign_in_failure_last (last_failure_ms)
);
