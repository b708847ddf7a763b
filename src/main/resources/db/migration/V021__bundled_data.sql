-- The data sets shipped with the product that a start has loaded (territory BundledMapData), so that later starts
-- load nothing. A new version of a bundle gets a new name.
CREATE TABLE bundled_data (
    name        VARCHAR(60) NOT NULL PRIMARY KEY,
    loaded_at   DATETIME    NOT NULL,
    rows_loaded BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
