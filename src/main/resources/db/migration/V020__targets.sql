-- Targets per year for an area (province or regency) or an office, one row per measure. Lengths and limits are
-- shared with Target, TargetService and the admin form.
CREATE TABLE target (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_year  INT          NOT NULL,
    area_code    VARCHAR(13)  NULL,
    office_id    BIGINT       NULL,
    measure      VARCHAR(30)  NOT NULL,
    target_value BIGINT       NOT NULL,
    -- LINEAR (no months), SHARES (12 weights) or CUMULATIVE (12 running totals ending at the value)
    phasing_kind VARCHAR(12)  NOT NULL DEFAULT 'LINEAR',
    phasing      VARCHAR(400) NULL,
    illustrative BOOLEAN      NOT NULL DEFAULT FALSE,
    source_note  VARCHAR(300) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    -- one owner per row, either kind; the key makes "the same year, owner and measure twice" a unique violation
    owner_key    VARCHAR(40)  AS (IF(area_code IS NOT NULL, CONCAT('A:', area_code), CONCAT('O:', office_id))) PERSISTENT,
    CONSTRAINT ck_target_owner CHECK ((area_code IS NULL) <> (office_id IS NULL)),
    CONSTRAINT ck_target_value CHECK (target_value >= 0),
    CONSTRAINT ck_target_year CHECK (target_year BETWEEN 2000 AND 2100),
    CONSTRAINT fk_target_area FOREIGN KEY (area_code) REFERENCES area (code),
    CONSTRAINT fk_target_office FOREIGN KEY (office_id) REFERENCES office (id),
    CONSTRAINT uq_target UNIQUE (target_year, owner_key, measure),
    INDEX ix_target_area (area_code),
    INDEX ix_target_office (office_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
