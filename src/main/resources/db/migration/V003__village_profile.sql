-- The outreach profile of a village and its progress toward Desa Sadar Jaminan Sosial.
-- A village without a row is a candidate with nothing recorded yet.
CREATE TABLE village_profile (
    village_code   VARCHAR(13)   NOT NULL PRIMARY KEY,
    potential      INT           NULL,
    notes          VARCHAR(2000) NULL,
    status         VARCHAR(12)   NOT NULL DEFAULT 'CANDIDATE',
    status_date    DATE          NULL,
    decree_number  VARCHAR(100)  NULL,
    revoke_reason  VARCHAR(500)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_profile_village FOREIGN KEY (village_code) REFERENCES area (code),
    INDEX ix_profile_status (status, village_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a profile: who, when, from what to what.
CREATE TABLE village_profile_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    village_code VARCHAR(13)   NOT NULL,
    changed_at   TIMESTAMP(3)  NOT NULL,
    changed_by   VARCHAR(60)   NOT NULL,
    field        VARCHAR(20)   NOT NULL,
    old_value    VARCHAR(2000) NULL,
    new_value    VARCHAR(2000) NULL,
    CONSTRAINT fk_change_village FOREIGN KEY (village_code) REFERENCES area (code),
    INDEX ix_change_village (village_code, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The villages grid sorts by name within a level.
CREATE INDEX ix_area_level_name ON area (level, name);
