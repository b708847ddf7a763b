-- Partners that fund workers' contributions: a municipality (pemerintah daerah, APBD) for the area it
-- governs, or a company (CSR). Lengths shared with Partner/Mou and the admin form.
CREATE TABLE partner (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(12)  NOT NULL,
    name          VARCHAR(150) NOT NULL,
    area_code     VARCHAR(13)  NULL,
    contact_name  VARCHAR(100) NULL,
    contact_phone VARCHAR(20)  NULL,
    contact_email VARCHAR(100) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_partner_area FOREIGN KEY (area_code) REFERENCES area (code),
    -- a municipality governs exactly one area; a company has none
    CONSTRAINT ck_partner_area CHECK ((kind = 'MUNICIPALITY') = (area_code IS NOT NULL)),
    INDEX ix_partner_area (area_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A memorandum of understanding: the partner pays for up to `quota` workers in its areas during the period.
-- The funding kind follows the partner's kind (APBD for a municipality, CSR for a company).
CREATE TABLE mou (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id BIGINT       NOT NULL,
    number     VARCHAR(60)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    quota      INT          NOT NULL,
    budget     BIGINT       NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_mou_number UNIQUE (number),
    CONSTRAINT fk_mou_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_mou_period CHECK (ends_on >= starts_on),
    CONSTRAINT ck_mou_quota CHECK (quota >= 1),
    INDEX ix_mou_partner (partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mou_area (
    mou_id    BIGINT      NOT NULL,
    area_code VARCHAR(13) NOT NULL,
    PRIMARY KEY (mou_id, area_code),
    CONSTRAINT fk_mou_area_mou FOREIGN KEY (mou_id) REFERENCES mou (id) ON DELETE CASCADE,
    CONSTRAINT fk_mou_area_area FOREIGN KEY (area_code) REFERENCES area (code),
    INDEX ix_mou_area_code (area_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner user belongs to one partner and sees only that partner's MoUs.
ALTER TABLE app_user ADD COLUMN partner_id BIGINT NULL,
    ADD CONSTRAINT fk_user_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
