-- One change counter per in-memory cache (base/cache/LocalCache, decision 022). A write that changes what a cache
-- holds bumps its counter in the same transaction; every node polls the counters every few seconds and drops the
-- caches whose counter moved, so that a change made on one node reaches the others' maps, coverage outlines and tariffs.
CREATE TABLE cache_version (
    name    VARCHAR(64) NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL
);
