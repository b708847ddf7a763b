-- One row per duty that must run on one node at a time (ShedLock, issue 14 item 3; decision 021).
-- lock_until and locked_at are written with the database's clock (usingDbTime: UTC_TIMESTAMP(3)), never a node's;
-- DATETIME rather than TIMESTAMP so that no session time zone converts them.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
