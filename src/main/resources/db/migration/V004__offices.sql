-- BPJSTK offices (kanwil, kantor cabang, kantor cabang perintis) and the areas each one covers.
CREATE TABLE office (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(20)  NOT NULL,
    name    VARCHAR(100) NOT NULL,
    kind    VARCHAR(30)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_office_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE office_area (
    office_id BIGINT      NOT NULL,
    area_code VARCHAR(13) NOT NULL,
    PRIMARY KEY (office_id, area_code),
    CONSTRAINT fk_office_area_office FOREIGN KEY (office_id) REFERENCES office (id) ON DELETE CASCADE,
    CONSTRAINT fk_office_area_area FOREIGN KEY (area_code) REFERENCES area (code),
    INDEX ix_office_area_code (area_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user may belong to an office; without scopes of their own, the office's areas are their scope.
ALTER TABLE app_user ADD COLUMN office_id BIGINT NULL,
    ADD CONSTRAINT fk_user_office FOREIGN KEY (office_id) REFERENCES office (id);
